// The helpdesk's admin pages (catalogs, audit log), the dashboard of requesters and staff, and the
// pages for addresses that do not exist or are not the user's. Tests run in parallel on one seeded
// database: each creates the catalog items it changes, with unique names.
import { expect, test, type Page } from "@playwright/test";
import { callApi, signInAt } from "./fixtures";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

const catalogTable = (page: Page, name: string) => page.getByRole("table", { name });
const catalogNames = (page: Page, table: string) => catalogTable(page, table).getByTestId("catalog-name");

test.describe("catalogs", () => {
  test("an admin adds a category, reorders it by keyboard, and deactivates it while a ticket uses it", async ({
    page,
  }) => {
    const name = `E2E category ${unique()}`;
    await signInAt(page, "/admin/catalogs", "admin");
    await expect(page.getByRole("tab", { name: "Statuses" })).toHaveAttribute("aria-selected", "true");
    await expect(catalogNames(page, "Statuses").first()).toContainText("New");

    // The tab is in the URL.
    await page.getByRole("tab", { name: "Categories" }).click();
    await expect(page).toHaveURL(/\/admin\/catalogs\?tab=categories$/);
    await expect(catalogNames(page, "Categories").first()).toHaveText("Hardware");

    // The API's schema checks the form in the browser; the API's own field errors show inline too.
    await page.getByRole("button", { name: "New category" }).click();
    const dialog = page.getByRole("dialog", { name: "New category" });
    await dialog.getByRole("button", { name: "Add category" }).click();
    await expect(dialog.getByText("Enter a name.")).toHaveCount(2);
    await dialog.getByRole("textbox", { name: "Name", exact: true }).fill("hardware");
    await dialog.getByLabel("Spanish name").fill("Equipo");
    await dialog.getByRole("button", { name: "Add category" }).click();
    await expect(dialog.getByText("A category with this name already exists.")).toBeVisible();
    await expect(dialog.getByRole("textbox", { name: "Name", exact: true })).toBeFocused();

    await dialog.getByRole("textbox", { name: "Name", exact: true }).fill(name);
    await dialog.getByLabel("Spanish name").fill(`Categoría ${name}`);
    await dialog.getByLabel("Description").fill("Made by the end-to-end tests.");
    await dialog.getByRole("button", { name: "Add category" }).click();
    await expect(page.getByText(`${name} was added to categories.`)).toBeVisible();
    await expect(dialog).toBeHidden();
    const row = catalogTable(page, "Categories").getByRole("row").filter({ hasText: name });
    await expect(row).toContainText(`Categoría ${name}`);
    await expect(row).toContainText("Active");
    await expect(catalogNames(page, "Categories").last()).toHaveText(name);

    // Move up with the keyboard: the button keeps the focus and the order is saved.
    const names = await catalogNames(page, "Categories").allTextContents();
    const moveUp = page.getByRole("button", { name: `Move ${name} up` });
    await moveUp.focus();
    await page.keyboard.press("Enter");
    await expect(catalogNames(page, "Categories").nth(names.length - 2)).toHaveText(name);
    await expect(catalogNames(page, "Categories").last()).toHaveText(names.at(-2) ?? "");
    await expect(moveUp).toBeFocused();
    await page.reload();
    await expect(catalogNames(page, "Categories").nth(names.length - 2)).toHaveText(name);

    // A ticket uses the category; deactivating keeps it, marked inactive.
    const lists = await callApi<{ categories: { id: string; name: string }[] }>(page, "query", "catalogs.list");
    const categoryId = lists.categories.find((category) => category.name === name)?.id;
    expect(categoryId).toBeTruthy();
    const ticket = await callApi<{ number: number }>(page, "mutation", "tickets.create", {
      title: "Uses the new category",
      description: "Opened by the end-to-end tests.",
      categoryId,
    });
    await page.getByRole("button", { name: `Actions for ${name}` }).click();
    // Catalog items are deactivated, never deleted: their menu has no "Delete".
    await expect(page.getByRole("menuitem", { name: "Edit" })).toBeVisible();
    await expect(page.getByRole("menuitem", { name: "Delete" })).toHaveCount(0);
    await page.getByRole("menuitem", { name: "Deactivate" }).click();
    await expect(page.getByText(`${name} was deactivated.`)).toBeVisible();
    await expect(row).toContainText("Inactive");
    await page.reload();
    await expect(row).toContainText("Inactive");
    const used = await callApi<{ category: { id: string } | null }>(page, "query", "tickets.get", {
      number: ticket.number,
    });
    expect(used.category?.id).toBe(categoryId);

    // The audit log shows the change readably: active yes → no.
    await page.goto("/admin/audit?action=category.deactivate");
    const entries = page.getByRole("table", { name: "Audit log" });
    await expect(entries.getByTestId("audit-action").first()).toHaveText("category.deactivate");
    await entries
      .getByRole("button", { name: /^Details of category deactivated/ })
      .first()
      .click();
    const sheet = page.getByRole("dialog", { name: "Category deactivated" });
    await expect(sheet).toContainText(categoryId ?? "");
    await expect(sheet.getByTestId("audit-changes")).toHaveText(/^active:\s*yes\s*no$/);
    await expect(sheet).toContainText("Request id");
  });

  test("the catalogs are forbidden without catalogs.manage", async ({ page }) => {
    await signInAt(page, "/dashboard", "agent");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Catalogs" })).toHaveCount(0);
    const response = await page.goto("/admin/catalogs");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "You don't have access to this page" })).toBeVisible();
    await page.getByRole("link", { name: "Back to the dashboard" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
  });
});

test("the audit log filtered by actor shows only that actor's entries", async ({ page, browser }) => {
  // The agent signs in elsewhere: an entry of theirs (auth.sign_in) is certain to exist.
  const agentContext = await browser.newContext();
  const agentPage = await agentContext.newPage();
  await signInAt(agentPage, "/dashboard", "agent");
  await agentContext.close();

  await signInAt(page, "/admin/audit", "backoffice");
  const actors = page.getByRole("table", { name: "Audit log" }).getByTestId("audit-actor");
  // Unfiltered, the log has more than one actor (at least the agent's and this user's sign-ins).
  await expect.poll(async () => new Set(await actors.allTextContents()).size).toBeGreaterThan(1);

  const picker = page.getByRole("combobox", { name: "Filter by actor" });
  await picker.fill("Carlos");
  await page.getByRole("option", { name: /Carlos Técnico/ }).click();
  await expect(page).toHaveURL(/[?&]actor=[0-9a-f-]{36}/);
  await expect(picker).toHaveAttribute("placeholder", "Carlos Técnico");
  await expect
    .poll(async () => {
      const names = await actors.allTextContents();
      return names.length > 0 && names.every((actor) => actor === "Carlos Técnico");
    })
    .toBe(true);

  // The filter survives a reload (it is in the URL) and each entry opens with its IP and request id.
  await page.reload();
  await expect(picker).toHaveAttribute("placeholder", "Carlos Técnico");
  expect(new Set(await actors.allTextContents())).toEqual(new Set(["Carlos Técnico"]));
  await page
    .getByRole("table", { name: "Audit log" })
    .getByRole("button", { name: /^Details of/ })
    .first()
    .click();
  const sheet = page.getByRole("dialog");
  await expect(sheet).toContainText("Carlos Técnico");
  await expect(sheet).toContainText("IP address");
  await expect(sheet).toContainText("Request id");
});

test.describe("dashboard", () => {
  test("a requester sees “New ticket” and their open tickets", async ({ page }) => {
    await signInAt(page, "/dashboard", "requester");
    await expect(page.getByRole("link", { name: "New ticket" })).toHaveAttribute("href", "/tickets/new");
    const card = page.getByRole("region", { name: "Your open tickets" });
    const links = card.getByTestId("ticket-summary-list").getByRole("link");
    await expect(links.first()).toBeVisible();
    // The tickets listed are the requester's own open ones, as the API lists them.
    const mine = await callApi<{ items: { number: number }[] }>(page, "query", "tickets.list", {
      statusCategories: ["open", "pending"],
      sort: "updatedAt",
      direction: "desc",
      limit: 5,
    });
    expect(mine.items.length).toBeGreaterThan(0);
    await expect(links).toHaveCount(mine.items.length);
    await expect(links.first()).toHaveAttribute("href", `/tickets/${mine.items[0]?.number}`);
    // No queue cards or other people's data for a requester.
    await expect(page.getByRole("region", { name: "Unassigned" })).toHaveCount(0);
    await expect(page.getByText("Database")).toHaveCount(0);
  });

  test("an agent sees the queue cards, each linking to the filtered tickets", async ({ page }) => {
    await signInAt(page, "/dashboard", "agent");
    const cards = [
      { name: "Assigned to me", link: "All my tickets", href: "/tickets?assignee=me" },
      { name: "Unassigned", link: "All unassigned tickets", href: "/tickets?assignee=unassigned" },
      { name: "Due soon / breached", link: "All tickets by due time", href: "/tickets?sort=dueAt&dir=asc" },
    ];
    for (const card of cards) {
      const region = page.getByRole("region", { name: card.name });
      await expect(region.getByRole("link", { name: card.link })).toHaveAttribute("href", card.href);
      const count = region.getByTestId("queue-count");
      await expect(count).toHaveText(/^\d+\+?$/);
      const shown = Math.min(Number.parseInt((await count.textContent()) ?? "0", 10), 5);
      await expect(region.locator("[data-testid=ticket-summary-list] > li")).toHaveCount(shown);
    }
    // The seed keeps tickets assigned to the agent: the first one is theirs to work on.
    const assigned = page
      .getByRole("region", { name: "Assigned to me" })
      .getByTestId("ticket-summary-list")
      .getByRole("link");
    await expect(assigned.first()).toHaveAttribute("href", /^\/tickets\/\d+$/);
    await expect(page.getByText("Database")).toHaveCount(0);
  });

  test("the database health moved to /admin/system", async ({ page }) => {
    await signInAt(page, "/admin/system", "admin");
    await expect(page.getByRole("heading", { level: 1, name: "System" })).toBeVisible();
    await expect(page.getByTestId("db-status")).toHaveText(/Healthy/);
    await expect(page.getByTestId("db-migrations")).toHaveText(/Up to date/);
  });
});

test.describe("not found", () => {
  test("a signed-out visitor gets the branded 404 with a way back", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await page.getByRole("link", { name: "Back to the dashboard" }).click();
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard/);
  });

  test("a signed-in user gets it inside the app, with the navigation", async ({ page }) => {
    await signInAt(page, "/dashboard", "agent");
    const response = await page.goto("/admin/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" })).toBeVisible();
    await page.getByRole("link", { name: "Back to the dashboard" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
  });
});
