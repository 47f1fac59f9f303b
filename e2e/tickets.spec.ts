// The helpdesk pages: a requester and an agent work one ticket from two browsers; an agent assigns
// several tickets at once. Tests share one seeded database, so every ticket they touch is their own,
// with a unique title.
import { expect, test, type Page } from "@playwright/test";
import { callApi, signInAt, signInElsewhere, signInFarAway, trpc, unique } from "./fixtures";

const carlos = /Carlos Técnico$/;
const ticketRows = (page: Page) => page.getByRole("table", { name: "Tickets" }).locator("tbody tr");
const chosenOption = (page: Page, label: string) => page.locator(`select[aria-label="${label}"] option:checked`);

test("a requester opens a ticket; an agent takes it, replies, notes and resolves it; the requester sees only the reply", async ({
  page,
  browser,
}) => {
  const id = unique();
  const title = `VPN drops every few minutes ${id}`;
  const reply = `Please reinstall the VPN client (${id}).`;
  const note = `Known issue with the old gateway (${id}).`;

  // The requester opens the ticket; problem types follow the chosen category.
  await signInAt(page, "/tickets/new", "requester");
  const form = page.getByRole("form", { name: "New ticket" });
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Description").fill("Since this morning the VPN disconnects every few minutes.");
  await form.getByLabel("Category").selectOption({ label: "Network" });
  const problemType = form.getByLabel("Problem type");
  await expect(problemType.locator("option", { hasText: "VPN not connecting" })).toHaveCount(1);
  await expect(problemType.locator("option", { hasText: "Printer jam" })).toHaveCount(0);
  await problemType.selectOption({ label: "VPN not connecting" });
  await form.getByLabel("Tags").fill("vpn, remote");
  // The requester picker is for staff only.
  await expect(form.getByLabel("Requester")).toHaveCount(0);
  await form.getByRole("button", { name: "Open ticket" }).click();
  await expect(page).toHaveURL(/\/tickets\/\d+$/);
  const number = Number(new URL(page.url()).pathname.split("/").pop());
  await expect(page.getByText(`Ticket #${number} was opened.`)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  await expect(page.getByTestId("ticket-badges")).toContainText("New");
  const properties = page.getByTestId("ticket-properties");
  await expect(properties).toContainText("VPN not connecting");
  await expect(properties).toContainText("Unassigned");
  // Requesters get the page without controls that change the ticket, and without internal notes.
  await expect(properties.getByRole("combobox")).toHaveCount(0);
  await expect(page.getByRole("switch", { name: "Internal note" })).toHaveCount(0);

  // The agent finds it under "Unassigned" and opens it.
  const agent = await signInElsewhere(browser, "agent", "/tickets");
  await agent.page.getByRole("button", { name: "Unassigned" }).click();
  await expect(agent.page).toHaveURL(/assignee=unassigned/);
  await agent.page.getByRole("searchbox", { name: "Search tickets" }).fill(id);
  await expect(ticketRows(agent.page)).toHaveCount(1);
  await expect(ticketRows(agent.page).first()).toContainText("Unassigned");
  await ticketRows(agent.page).first().getByRole("link", { name: title }).click();
  await expect(agent.page).toHaveURL(new RegExp(`/tickets/${number}$`));

  await agent.page.getByRole("button", { name: "Assign to me" }).click();
  await expect(agent.page.getByText("Assignee changed.")).toBeVisible();
  await expect(chosenOption(agent.page, "Assignee")).toHaveText("Carlos Técnico");
  await expect(agent.page.getByRole("button", { name: "Assign to me" })).toHaveCount(0);

  await agent.page.getByRole("textbox", { name: "Reply", exact: true }).fill(reply);
  await agent.page.getByRole("button", { name: "Send reply" }).click();
  await expect(agent.page.getByText("Reply sent.")).toBeVisible();
  await agent.page.getByRole("switch", { name: "Internal note" }).click();
  await agent.page.getByRole("textbox", { name: "Internal note", exact: true }).fill(note);
  await agent.page.getByRole("button", { name: "Add note" }).click();
  await expect(agent.page.getByText("Internal note added.")).toBeVisible();
  const comments = agent.page.getByTestId("comment");
  await expect(comments).toHaveCount(2);
  await expect(comments.filter({ hasText: reply })).toHaveAttribute("data-internal", "false");
  await expect(comments.filter({ hasText: note })).toHaveAttribute("data-internal", "true");
  await expect(comments.filter({ hasText: note })).toContainText("Internal note");

  // Own replies can be corrected; they then say so.
  const edited = `${reply} Then restart the laptop.`;
  // The reply came first (while it is edited its text is in a text field, not in the item).
  const ownReply = comments.first();
  await expect(ownReply).toContainText(reply);
  await ownReply.getByRole("button", { name: "Edit this reply" }).click();
  await ownReply.getByRole("textbox").fill(edited);
  await ownReply.getByRole("button", { name: "Save" }).click();
  await expect(ownReply.getByTestId("comment-body")).toHaveText(edited);
  await expect(ownReply.getByTestId("comment-edited")).toBeVisible();

  // The requester sees the reply, not the note, and who works the ticket.
  await page.reload();
  await expect(page.getByTestId("comment")).toHaveCount(1);
  await expect(page.getByTestId("comment").first()).toContainText(edited);
  await expect(page.getByTestId("comment").first()).toContainText("edited");
  // Not theirs to edit or delete.
  await expect(page.getByTestId("comment").first().getByRole("button")).toHaveCount(0);
  await expect(page.getByText(note)).toHaveCount(0);
  await expect(properties).toContainText("Carlos Técnico");

  // The agent resolves it; the history says who did what.
  await agent.page.getByRole("combobox", { name: "Status", exact: true }).selectOption({ label: "Resolved" });
  await expect(agent.page.getByText("Status changed.")).toBeVisible();
  await expect(agent.page.getByTestId("ticket-badges")).toContainText("Resolved");
  await agent.page.getByRole("tab", { name: "History" }).click();
  const history = agent.page.getByTestId("ticket-history").getByRole("listitem");
  await expect(history.filter({ hasText: "changed the status" })).toContainText("Resolved");
  await expect(history.filter({ hasText: "changed the assignee" })).toContainText("Carlos Técnico");
  await expect(history.filter({ hasText: "added an internal note" })).toHaveCount(1);

  await page.reload();
  await expect(page.getByTestId("ticket-badges")).toContainText("Resolved");
  await expect(properties.getByText("Not yet")).toHaveCount(0);
  // The requester's history leaves the internal note out.
  await page.getByRole("tab", { name: "History" }).click();
  const requesterHistory = page.getByTestId("ticket-history").getByRole("listitem");
  await expect(requesterHistory.filter({ hasText: "changed the status" })).toContainText("Resolved");
  await expect(requesterHistory.filter({ hasText: "internal note" })).toHaveCount(0);
  await agent.context.close();
});

test("an agent selects three tickets and assigns them to themselves at once", async ({ page }) => {
  const id = unique();
  await signInAt(page, "/tickets", "agent");
  for (const word of ["printer", "monitor", "keyboard"]) {
    await trpc(page, "tickets.create", {
      title: `Bulk ${word} ${id}`,
      description: "Created for the bulk assignment test.",
    });
  }

  await page.getByRole("searchbox", { name: "Search tickets" }).fill(id);
  await expect(ticketRows(page)).toHaveCount(3);
  await expect(page.getByTestId("ticket-assignee")).toHaveText(["Unassigned", "Unassigned", "Unassigned"]);
  for (const row of await ticketRows(page).all()) await row.getByRole("checkbox").check();

  const bar = page.getByRole("region", { name: "Bulk actions" });
  await expect(bar.getByTestId("selection-count")).toHaveText("3 tickets selected");
  await bar.getByRole("combobox", { name: "Assign selected tickets" }).selectOption({ label: "Me" });
  await expect(page.getByText("Updated 3 tickets.")).toBeVisible();
  await expect(bar).toBeHidden();
  await expect(page.getByTestId("ticket-assignee")).toHaveText([carlos, carlos, carlos]);
  // The selection is gone; the change is saved.
  await expect(page.getByRole("checkbox", { checked: true })).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("ticket-assignee")).toHaveText([carlos, carlos, carlos]);
});

test("a ticket the viewer may not see is not found", async ({ page, browser }) => {
  await signInAt(page, "/tickets", "agent");
  const { number } = await trpc<{ number: number }>(page, "tickets.create", {
    title: `Not for the requester ${unique()}`,
    description: "Opened by an agent for themselves.",
  });
  const requester = await browser.newContext();
  const other = await requester.newPage();
  await signInAt(other, `/tickets/${number}`, "requester");
  await expect(other.getByTestId("ticket-not-found")).toBeVisible();
  expect((await other.goto(`/tickets/${number}`))?.status()).toBe(404);
  // The agent, who sees every ticket, gets it.
  await page.goto(`/tickets/${number}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`#${number}`);
  await requester.close();
});

test("the first page of the list comes with the HTML, holding what the viewer may see and nothing else", async ({
  page,
}) => {
  await signInAt(page, "/tickets?state=unfinished", "requester");
  const first = { limit: 25, statusCategories: ["open", "pending"], sort: "createdAt", direction: "desc" };
  const { items } = await callApi<{ items: { number: number }[] }>(page, "query", "tickets.list", first);
  expect(items.length).toBeGreaterThan(0);
  // The page as the server sends it, before any script ran.
  const html = await (await page.request.get("/tickets?state=unfinished")).text();
  const linked = new Set([...html.matchAll(/href="\/tickets\/(\d+)"/g)].map((match) => Number(match[1])));
  expect(linked).toEqual(new Set(items.map((ticket) => ticket.number)));
});

test("a ticket's conversation comes with the HTML: the requester's holds the reply and not the internal note", async ({
  page,
  browser,
}) => {
  await signInAt(page, "/tickets", "requester");
  const { id, number } = await trpc<{ id: string; number: number }>(page, "tickets.create", {
    title: `Conversation in the HTML ${unique()}`,
    description: "The printer on the second floor jams.",
  });
  const agent = await signInElsewhere(browser, "agent", "/tickets");
  const reply = `Reply in the HTML ${unique()}`;
  const note = `Note kept from the requester ${unique()}`;
  await trpc(agent.page, "comments.create", { ticketId: id, body: reply, internal: false });
  await trpc(agent.page, "comments.create", { ticketId: id, body: note, internal: true });
  // The pages as the server sends them, before any script ran.
  const requesterHtml = await (await page.request.get(`/tickets/${number}`)).text();
  expect(requesterHtml).toContain(reply);
  expect(requesterHtml).not.toContain(note);
  const agentHtml = await (await agent.page.request.get(`/tickets/${number}`)).text();
  expect(agentHtml).toContain(reply);
  expect(agentHtml).toContain(note);
  await agent.context.close();
});

test("in a time zone far from the server's, the pages hydrate without an error and show times in that zone", async ({
  browser,
}) => {
  const { context, page, errors, inZone } = await signInFarAway(browser, "agent", "/tickets");
  const ticket = await callApi<{ createdAt: string }>(page, "query", "tickets.get", { number: 1001 });
  await page.goto("/tickets/1001");
  const created = new Date(ticket.createdAt);
  // The "Created" property (the conversation says "2 months ago" of the same time).
  const exact = page.locator(`time[datetime="${created.toISOString()}"]`).filter({ hasText: /\d\d:\d\d/ });
  await expect(exact).toHaveText(inZone(created));
  await page.goto("/tickets");
  await expect(ticketRows(page).first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(errors).toEqual([]);
  await context.close();
});

test("an admin deletes a ticket after confirming; its page is gone", async ({ page }) => {
  await signInAt(page, "/tickets", "admin");
  const { number } = await trpc<{ number: number }>(page, "tickets.create", {
    title: `Opened by mistake ${unique()}`,
    description: "To be deleted.",
  });
  await page.goto(`/tickets/${number}`);
  await page.getByRole("button", { name: "Delete…" }).click();
  const confirm = page.getByRole("alertdialog", { name: `Delete ticket #${number}?` });
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toBeHidden();
  await page.getByRole("button", { name: "Delete…" }).click();
  await confirm.getByRole("button", { name: "Delete ticket" }).click();
  await expect(page.getByText(`Ticket #${number} was deleted.`)).toBeVisible();
  await expect(page).toHaveURL(/\/tickets$/);
  expect((await page.goto(`/tickets/${number}`))?.status()).toBe(404);
  await expect(page.getByTestId("ticket-not-found")).toBeVisible();
});

test("an agent searches without accents, sees the words marked, filters by SLA and jumps to a ticket by number", async ({
  page,
}) => {
  const id = unique();
  await signInAt(page, "/tickets", "agent");
  const created = await trpc<{ number: number }>(page, "tickets.create", {
    title: `Impresora de facturación sin tóner ${id}`,
    description: "La impresora de contabilidad imprime hojas en blanco.",
  });

  const search = page.getByRole("searchbox", { name: "Search tickets" });
  await search.fill(`facturacion impresoras ${id}`);
  await expect(ticketRows(page)).toHaveCount(1);
  const title = ticketRows(page).first().getByTestId("ticket-title");
  await expect(title).toContainText(`Impresora de facturación sin tóner ${id}`);
  await expect(title.locator("mark")).toHaveText(["Impresora", "facturación", id]);
  await expect(page).toHaveURL(/sort=relevance/);

  // The SLA filter keeps only tickets in that state.
  await search.fill("");
  await page.getByLabel("Filter by SLA").selectOption({ label: "Breached" });
  await expect(page).toHaveURL(/sla=breached/);
  // The previous rows stay on screen while the filtered page loads, so wait for the rows to change.
  const slas = ticketRows(page).locator("[data-sla]");
  await expect
    .poll(async () => new Set(await slas.evaluateAll((els) => els.map((el) => el.getAttribute("data-sla")))))
    .toEqual(new Set(["breached"]));

  // A number and Enter open that ticket.
  await search.fill(`#${created.number}`);
  await search.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/tickets/${created.number}$`));
  await expect(
    page.getByRole("heading", { name: new RegExp(`Impresora de facturación sin tóner ${id}`) }),
  ).toBeVisible();
});
