// The list pages render their first rows on the server, as the signed-in user: the rows are in the
// page's first paint instead of a skeleton followed by a second render (the tickets' and users' lists
// have their own tests in tickets.spec.ts and admin.spec.ts).
import { expect, test, type Page } from "@playwright/test";
import { callApi, signInAt, signInElsewhere, trpc, unique } from "./fixtures";

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

type Named = { name: string };

test("the admin's lists come with their first rows in the HTML: organizations, locations, roles, catalogs, audit", async ({
  page,
}) => {
  await signInAt(page, "/dashboard", "admin");
  for (const [path, procedure, input] of [
    ["/admin/organizations?status=active", "organizations.list", { limit: 25, active: true }],
    ["/admin/locations", "locations.list", { limit: 25 }],
    ["/admin/roles", "roles.list", undefined],
  ] as const) {
    const answer = await callApi<{ items: Named[] } | Named[]>(page, "query", procedure, input);
    const rows = Array.isArray(answer) ? answer : answer.items;
    expect(rows.length, path).toBeGreaterThan(1);
    const markup = await serverMarkup(page, path);
    for (const row of rows) expect(markup, `${path}: ${row.name}`).toContain(asHtml(row.name));
  }

  // Each tab of the catalogs shows its entries.
  const catalogs = await callApi<Record<"statuses" | "priorities", Named[]>>(page, "query", "catalogs.list");
  for (const [path, rows] of [
    ["/admin/catalogs", catalogs.statuses],
    ["/admin/catalogs?tab=priorities", catalogs.priorities],
  ] as const) {
    const markup = await serverMarkup(page, path);
    for (const row of rows) expect(markup, `${path}: ${row.name}`).toContain(asHtml(row.name));
  }

  // The audit log's newest entries, each naming what it changed.
  const { items } = await callApi<{ items: { entityId: string | null }[] }>(page, "query", "audit.list", {
    limit: 25,
  });
  const markup = await serverMarkup(page, "/admin/audit");
  const changed = items.flatMap((entry) => (entry.entityId ? [entry.entityId] : []));
  expect(changed.length).toBeGreaterThan(1);
  for (const id of changed) expect(markup).toContain(`title="${id}"`);
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

test("in a time zone far from the server's, the pages with times in their first rows hydrate without an error", async ({
  browser,
}) => {
  const timezoneId = "Pacific/Kiritimati"; // UTC+14: most times fall on another day than in UTC
  const { context, page } = await signInElsewhere(browser, "admin", "/dashboard", { timezoneId });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const { items } = await callApi<{ items: { createdAt: string }[] }>(page, "query", "audit.list", { limit: 25 });
  await page.goto("/admin/audit");
  // An entry's details button names its time in the viewer's zone once hydrated.
  const newest = new Date(items[0]!.createdAt);
  const inZone = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: timezoneId });
  await expect(page.getByRole("button", { name: new RegExp(inZone.format(newest)) }).first()).toBeVisible();
  await page.goto("/messages");
  await expect(page.getByRole("navigation", { name: "Conversations" }).getByRole("listitem").first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(errors).toEqual([]);
  await context.close();
});
