// The list pages render their first rows on the server, as the signed-in user: the rows are in the
// page's first paint instead of a skeleton followed by a second render (the tickets' and users' lists
// have their own tests in tickets.spec.ts and admin.spec.ts).
import { expect, test, type Page } from "@playwright/test";
import { callApi, signInAt, signInElsewhere, signInFarAway, trpc, unique } from "./fixtures";

/** A page's markup as the server sends it, before any script ran, without the scripts that carry its data. */
async function serverMarkup(page: Page, path: string) {
  const response = await page.request.get(path);
  expect(response.status()).toBe(200);
  return (await response.text()).replace(/<script\b[\s\S]*?<\/script>/g, "");
}

/** Text as React writes it into HTML. */
const asHtml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");

test("the admin's lists come with their first rows in the HTML: organizations, locations, roles, catalogs, audit", async ({
  page,
}) => {
  await signInAt(page, "/dashboard", "admin");
  // Each list is asked for something made just now (other tests change these lists meanwhile). The
  // searches look for the token alone, so that the search box's value is not what the test finds.
  const token = unique();
  const name = `First paint ${token}`;
  const organization = await trpc<{ id: string }>(page, "organizations.create", { name });
  await trpc(page, "locations.create", { name });
  await trpc(page, "roles.create", { name, permissions: [] });
  await trpc(page, "catalogs.problemTypes.create", { name, nameEs: name });
  for (const path of [
    `/admin/organizations?q=${token}&status=active`,
    `/admin/locations?q=${token}`,
    "/admin/roles",
    "/admin/catalogs?tab=problemTypes",
  ]) {
    expect(await serverMarkup(page, path), path).toContain(asHtml(name));
  }
  // The audit log's newest entries about organizations: the one that made it, by its id.
  expect(await serverMarkup(page, "/admin/audit?entity=organization")).toContain(`title="${organization.id}"`);
});

test("the messages page comes with the conversations and the open thread in the HTML, and only the viewer's", async ({
  page,
  browser,
}) => {
  await signInAt(page, "/messages", "agent");
  // To the back office: messages.spec.ts counts what Sofía has unread.
  const [beatriz] = (
    await callApi<{ items: { id: string }[] }>(page, "query", "messages.recipients", { search: "Beatriz", limit: 1 })
  ).items;
  const body = `In the first paint ${unique()}`;
  const sent = await trpc<{ conversationId: string }>(page, "messages.send", { recipientId: beatriz!.id, body });

  // The list shows the latest message of each conversation; the thread shows its messages.
  expect(await serverMarkup(page, "/messages")).toContain(asHtml(body));
  const thread = await serverMarkup(page, `/messages?c=${sent.conversationId}`);
  expect(thread).toMatch(new RegExp(`data-testid="message-body"[^>]*>${asHtml(body)}<`));

  // Someone else asking for that conversation by its id gets nothing of it, in the markup or the data.
  const requester = await signInElsewhere(browser, "requester", "/messages");
  const html = await (await requester.page.request.get(`/messages?c=${sent.conversationId}`)).text();
  expect(html).not.toContain(body);
  await requester.context.close();
});

test("the dashboard comes with its numbers and queues in the HTML, each viewer's own", async ({ page, browser }) => {
  // A requester's home lists their open tickets, the latest activity first: one made just now leads.
  await signInAt(page, "/dashboard", "requester");
  const title = `On the home page ${unique()}`;
  await trpc(page, "tickets.create", { title, description: "The projector in room 2 shows no picture." });
  const home = await serverMarkup(page, "/dashboard");
  expect(home).toContain(asHtml(title));
  expect(home).toMatch(/data-testid="queue-count"[^>]*>\d+\+?</);

  // Staff get the numbers and their three queues, counted, in the same HTML; not the requester's home.
  const agent = await signInElsewhere(browser, "agent", "/tickets");
  const staffHome = await serverMarkup(agent.page, "/dashboard");
  for (const stat of ["stat-open", "stat-overdue", "stat-unassigned"])
    expect(staffHome).toMatch(new RegExp(`data-testid="${stat}"[\\s\\S]*?data-testid="stat-value"[^>]*>[\\d,]+<`));
  expect(staffHome.match(/data-testid="queue-count"[^>]*>\d+\+?</g)).toHaveLength(3);
  expect(staffHome).not.toContain('data-testid="queue-your-open-tickets"');
  await agent.context.close();
});

test("in a time zone far from the server's, the pages with times in their first rows hydrate without an error", async ({
  browser,
}) => {
  const { context, page, errors, inZone } = await signInFarAway(browser, "admin", "/dashboard");
  const { items } = await callApi<{ items: { createdAt: string }[] }>(page, "query", "audit.list", { limit: 25 });
  await page.goto("/admin/audit");
  // An entry's details button names its time in the viewer's zone once hydrated.
  const newest = new Date(items[0]!.createdAt);
  await expect(page.getByRole("button", { name: new RegExp(inZone(newest)) }).first()).toBeVisible();
  await page.goto("/messages");
  await expect(page.getByRole("navigation", { name: "Conversations" }).getByRole("listitem").first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(errors).toEqual([]);
  await context.close();
});
