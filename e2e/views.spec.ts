// Saved views and the CSV export on /tickets. Tests share one seeded database: every view and
// ticket they make has a unique name.
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { callApi, sameOriginHeaders, signInAt, signInElsewhere, trpc, unique } from "./fixtures";

const chosenOption = (page: Page, label: string) => page.locator(`select[aria-label="${label}"] option:checked`);
const ticketRows = (page: Page) => page.getByRole("table", { name: "Tickets" }).locator("tbody tr");
const sidebar = (page: Page) => page.getByRole("navigation", { name: "Saved views" });
/** A view's entry in the sidebar (its name, then the owner or a "shared" mark), not its actions button. */
const viewEntry = (page: Page, name: string) => sidebar(page).getByRole("button", { name: new RegExp(`^${name}`) });

test.use({ viewport: { width: 1366, height: 860 } });

test("an agent saves the filtered list as a shared view, resets, reopens it; another agent opens it too", async ({
  page,
  browser,
}) => {
  const name = `High and open ${unique()}`;
  await signInAt(page, "/tickets", "agent");
  // A high-priority ticket still open, whatever the demo data holds today (its statuses follow the date).
  const { priorities } = await callApi<{ priorities: { id: string; name: string }[] }>(page, "query", "catalogs.list");
  const high = priorities.find((priority) => priority.name === "High");
  await trpc(page, "tickets.create", { title: name, description: "The view finds this one.", priorityId: high!.id });
  await expect(sidebar(page).getByRole("button", { name: "All tickets" })).toHaveAttribute("aria-current", "true");

  await page.getByLabel("Filter by priority").selectOption({ label: "High" });
  await page.getByRole("button", { name: "Open", exact: true }).click();
  await expect(page).toHaveURL(/priority=.*state=open|state=open.*priority=/);

  await sidebar(page).getByRole("button", { name: "Save view" }).click();
  const dialog = page.getByRole("form", { name: "Save view" });
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Share with all staff").check();
  await dialog.getByRole("button", { name: "Save view" }).click();
  await expect(page.getByText(`“${name}” is saved and shared with all staff.`)).toBeVisible();
  const entry = viewEntry(page, name);
  await expect(entry).toHaveAttribute("aria-current", "true");

  // Reset: back to every ticket, no view open.
  await page.getByRole("button", { name: "Reset" }).click();
  await expect(chosenOption(page, "Filter by priority")).toHaveText("All priorities");
  await expect(entry).not.toHaveAttribute("aria-current", "true");
  await expect(sidebar(page).getByRole("button", { name: "All tickets" })).toHaveAttribute("aria-current", "true");

  // The view brings the filters back, and the list follows them.
  await entry.click();
  await expect(entry).toHaveAttribute("aria-current", "true");
  await expect(chosenOption(page, "Filter by priority")).toHaveText("High");
  await expect(page.getByRole("button", { name: "Open", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(ticketRows(page).first()).toContainText("High");
  for (const row of await ticketRows(page).all()) await expect(row).toContainText("High");

  // Changing a filter marks the view as modified.
  await page.getByLabel("Filter by priority").selectOption({ label: "Low" });
  await expect(entry).toContainText("Modified");

  // Another agent finds it under "Shared views", with its owner, and opens it.
  const other = await signInElsewhere(browser, "david.chen@soporte.test", "/tickets", {
    viewport: { width: 1366, height: 860 },
  });
  const shared = viewEntry(other.page, name);
  await expect(shared).toContainText("Carlos Técnico");
  await expect(sidebar(other.page).getByRole("button", { name: `Actions for ${name}` })).toHaveCount(0);
  await shared.click();
  await expect(chosenOption(other.page, "Filter by priority")).toHaveText("High");
  await other.context.close();

  // The owner deletes it, after confirming.
  await sidebar(page)
    .getByRole("button", { name: `Actions for ${name}` })
    .click();
  await page.getByRole("menuitem", { name: "Delete" }).click();
  await page.getByRole("button", { name: "Delete view" }).click();
  await expect(page.getByText(`“${name}” was deleted.`)).toBeVisible();
  await expect(viewEntry(page, name)).toHaveCount(0);
});

test("Export CSV downloads the filtered list; bad filters and strangers are refused", async ({ page, browser }) => {
  const id = unique();
  const title = `Printer, "Floor 3" ${id}`;
  await signInAt(page, "/tickets", "agent");
  const created = await page.request.post("/api/trpc/tickets.create", {
    data: { json: { title, description: "Jams on every second page." } },
    headers: sameOriginHeaders(page),
  });
  expect(created.ok(), await created.text()).toBe(true);
  const { number } = ((await created.json()) as { result: { data: { json: { number: number } } } }).result.data.json;

  await page.getByRole("searchbox", { name: "Search tickets" }).fill(id);
  await expect(page).toHaveURL(new RegExp(`q=${id}`));
  await expect(ticketRows(page)).toHaveCount(1);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Export CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^tickets-\d{4}-\d\d-\d\d\.csv$/);
  const text = await readFile(await download.path(), "utf8");
  const lines = text.replace(/^\uFEFF/, "").split("\r\n");
  expect(lines[0]).toBe(
    "Number,Title,Status,Priority,Category,Requester,Assignee,Created,Updated,SLA state,Resolution due",
  );
  expect(lines[1]).toMatch(
    new RegExp(`^${number},"Printer, ""Floor 3"" ${id}",[^,]+,[^,]+,,Carlos Técnico,,\\d{4}-\\d\\d-\\d\\dT[^,]+Z,`),
  );
  expect(lines.filter(Boolean)).toHaveLength(2);

  const bad = await page.request.get("/api/tickets/export?sla=late");
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ error: { code: "BAD_REQUEST", fieldErrors: { sla: expect.any(Array) } } });

  const stranger = await browser.newContext();
  const anonymous = await stranger.request.get(new URL("/api/tickets/export", page.url()).toString());
  expect(anonymous.status()).toBe(401);
  await stranger.close();
});
