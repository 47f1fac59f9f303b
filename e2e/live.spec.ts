// Live updates (TCK-10): a change made in one browser shows in another without a reload, with who
// made it; rows do not move under a selection until asked.
import { expect, test, type Page } from "@playwright/test";
import { signInAt, signInElsewhere, trpc, unique } from "./fixtures";

const ticketRows = (page: Page) => page.getByRole("table", { name: "Tickets" }).locator("tbody tr");

test("a status change and a reply made by an agent show in the requester's list and ticket without a reload", async ({
  page,
  browser,
}) => {
  const id = unique();
  const title = `Monitor flickers ${id}`;
  await signInAt(page, "/tickets", "requester");
  const ticket = await trpc<{ id: string; number: number }>(page, "tickets.create", {
    title,
    description: "The second monitor flickers when the laptop is docked.",
  });
  await page.getByRole("searchbox", { name: "Search tickets" }).fill(id);
  await expect(ticketRows(page)).toHaveCount(1);
  await expect(ticketRows(page).first()).toContainText("New");

  // The agent, in another browser, moves it on.
  const agent = await signInElsewhere(browser, "agent", `/tickets/${ticket.number}`);
  await agent.page.getByRole("combobox", { name: "Status", exact: true }).selectOption({ label: "In progress" });
  await expect(agent.page.getByText("Status changed.")).toBeVisible();

  // The requester's list follows by itself, saying who changed what.
  await expect(ticketRows(page).first()).toContainText("In progress");
  await expect(page.getByRole("status").filter({ hasText: `Carlos Técnico updated #${ticket.number}` })).toBeVisible();

  // On the open ticket, a reply appears as it is sent.
  await ticketRows(page).first().getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/tickets/${ticket.number}$`));
  await expect(page.getByTestId("comment")).toHaveCount(0);
  const reply = `Try the other cable (${id}).`;
  await agent.page.getByRole("textbox", { name: "Reply", exact: true }).fill(reply);
  await agent.page.getByRole("button", { name: "Send reply" }).click();
  await expect(agent.page.getByText("Reply sent.")).toBeVisible();
  await expect(page.getByTestId("comment").first()).toContainText(reply);
  await expect(
    page.getByRole("status").filter({ hasText: `Carlos Técnico replied on #${ticket.number}` }),
  ).toBeVisible();
  await agent.context.close();
});

test("while rows are selected, the list waits and offers the changes instead of moving them", async ({
  page,
  browser,
}) => {
  const id = unique();
  await signInAt(page, "/tickets", "agent");
  const created = [];
  for (const n of [1, 2]) {
    created.push(
      await trpc<{ id: string }>(page, "tickets.create", { title: `Dock ${n} ${id}`, description: "Dock." }),
    );
  }
  await page.getByRole("searchbox", { name: "Search tickets" }).fill(id);
  await expect(ticketRows(page)).toHaveCount(2);
  await ticketRows(page).first().getByRole("checkbox").check();

  // Someone else opens a third matching ticket.
  const other = await signInElsewhere(browser, "requester", "/tickets");
  await trpc(other.page, "tickets.create", { title: `Dock 3 ${id}`, description: "Dock." });
  const show = page.getByRole("button", { name: "Show changes" });
  await expect(show).toBeVisible();
  await expect(ticketRows(page)).toHaveCount(2);
  await expect(ticketRows(page).first().getByRole("checkbox")).toBeChecked();
  await show.click();
  await expect(ticketRows(page)).toHaveCount(3);
  await other.context.close();
});

test("the bell rings when a ticket is assigned to me, and leads to it", async ({ page, browser }) => {
  await signInAt(page, "/dashboard", "sofia.ramirez");
  const title = `Badge reader offline ${unique()}`;
  const agent = await signInElsewhere(browser, "agent", "/tickets");
  const ticket = await trpc<{ id: string; number: number }>(agent.page, "tickets.create", {
    title,
    description: "The badge reader at the side door is offline.",
  });
  const staff = await agent.page.request.get(
    `/api/trpc/users.staff?input=${encodeURIComponent(JSON.stringify({ json: { search: "Sofía" } }))}`,
  );
  const { items } = ((await staff.json()) as { result: { data: { json: { items: { id: string }[] } } } }).result.data
    .json;
  await trpc(agent.page, "tickets.assign", { id: ticket.id, assigneeId: items[0]!.id });

  // Sofía reads Soporte in Spanish (her profile's language).
  const bell = page.getByRole("button", { name: /^Notificaciones, \d+ sin leer$/ });
  await expect(bell).toBeVisible();
  await bell.click();
  const item = page.getByTestId("notification").filter({ hasText: title });
  await expect(item).toContainText(`Carlos Técnico te ha asignado #${ticket.number}`);
  await item.click();
  await expect(page).toHaveURL(new RegExp(`/tickets/${ticket.number}$`));
  await agent.context.close();
});

test("the dashboard follows new tickets without a reload", async ({ page, browser }) => {
  await signInAt(page, "/dashboard", "agent");
  const openTickets = async () =>
    Number((await page.getByTestId("stat-open").getByTestId("stat-value").textContent())?.replace(/\D/g, ""));
  const before = await openTickets();
  // Marks this document: a reload would lose it.
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));

  const requester = await signInElsewhere(browser, "requester", "/tickets");
  await trpc(requester.page, "tickets.create", { title: `Scanner jams ${unique()}`, description: "It jams." });
  // The dashboard reads its numbers again at most every 10 seconds.
  await expect.poll(openTickets, { timeout: 30_000 }).toBeGreaterThan(before);
  expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
  await requester.context.close();
});
