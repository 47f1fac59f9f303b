// The admin area: users, roles, organizations and locations. Tests run in parallel on one seeded
// database, so each one creates the users, roles and organizations it changes, with unique names.
import { expect, test, type Page } from "@playwright/test";
import {
  callApi,
  expectRoles,
  newAccount,
  sameOriginHeaders,
  signIn,
  signInAt,
  signInElsewhere,
  type NewAccount,
} from "./fixtures";

const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });

/** Creates `account` on /admin/users with the "New user" sheet, typing its password. */
async function createUserInUi(page: Page, account: NewAccount, role: string) {
  await page.goto("/admin/users");
  await page.getByRole("button", { name: "New user" }).click();
  const sheet = page.getByRole("dialog", { name: "New user" });
  await sheet.getByLabel("Full name").fill(account.fullName);
  await sheet.getByLabel("Email").fill(account.email);
  await sheet.getByLabel("Username").fill(account.username);
  await sheet.getByLabel("Password", { exact: true }).fill(account.password);
  await sheet.getByRole("checkbox", { name: role, exact: true }).check();
  await sheet.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByText(`${account.fullName} was created.`)).toBeVisible();
  await expect(sheet).toBeHidden();
  // A typed password is not shown back.
  await expect(page.getByRole("dialog", { name: "User created" })).toHaveCount(0);
}

/** Opens the user's detail page from a search on the users table. */
async function openUser(page: Page, account: NewAccount) {
  await page.goto(`/admin/users?q=${encodeURIComponent(account.username)}`);
  await page.getByRole("link", { name: account.fullName }).click();
  await expect(page).toHaveURL(/\/admin\/users\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: account.fullName })).toBeVisible();
}

type Trpc = { result: { data: { json: unknown } } };

/** Calls a procedure over HTTP with the signed-in admin's cookies (superjson envelope), as the page would. */
async function trpc<T>(page: Page, path: string, input?: unknown): Promise<T> {
  const response =
    input === undefined
      ? await page.request.get(`/api/trpc/${path}`)
      : await page.request.post(`/api/trpc/${path}`, { data: { json: input }, headers: sameOriginHeaders(page) });
  expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
  return ((await response.json()) as Trpc).result.data.json as T;
}

async function roleIds(page: Page): Promise<Record<string, string>> {
  const { items } = await trpc<{ items: { id: string; name: string }[] }>(page, "roles.list");
  return Object.fromEntries(items.map((role) => [role.name, role.id]));
}

const rows = (page: Page) => page.getByRole("table", { name: "Users" }).locator("tbody tr");
const nameCells = (page: Page) => page.getByRole("table", { name: "Users" }).getByTestId("user-name");

test("an admin creates an agent in the UI; the agent signs in and sees the agent navigation", async ({
  page,
  browser,
}) => {
  const account = newAccount("agent");
  await signInAt(page, "/admin/users", "admin");
  await expect(mainNav(page).getByRole("link", { name: "Users" })).toHaveAttribute("aria-current", "page");
  await createUserInUi(page, account, "agent");

  // The table finds the new user, with the role.
  await page.getByRole("searchbox", { name: "Search users" }).fill(account.username);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(account.email);
  await expect(rows(page).first()).toContainText("agent");

  const agent = await signInElsewhere(browser, account.username, "/dashboard", { password: account.password });
  await expectRoles(agent.page, account.fullName, ["agent"]);
  const nav = mainNav(agent.page);
  await expect(nav.getByRole("link", { name: "Dashboard" })).toBeVisible();
  await expect(nav.getByText("Administration")).toHaveCount(0);
  for (const link of ["Users", "Roles", "Organizations", "Locations", "Settings"]) {
    await expect(nav.getByRole("link", { name: link })).toHaveCount(0);
  }
  // The pages are forbidden to an agent.
  for (const path of ["/admin/users", "/admin/roles", "/admin/organizations"]) {
    expect((await agent.page.goto(path))?.status()).toBe(403);
  }
  await agent.context.close();
});

test("a custom role from the role editor, assigned on the user page, changes the user's navigation", async ({
  page,
  browser,
}) => {
  // Two browsers, two sign-ins and a role built by hand: over a minute on a busy 2-core machine.
  test.setTimeout(180_000);
  const account = newAccount("keeper");
  const roleName = `Directory keepers ${account.username.slice(-8)}`;
  await signInAt(page, "/admin/users", "admin");
  await createUserInUi(page, account, "agent");
  const keeper = await signInElsewhere(browser, account.username, "/dashboard", { password: account.password });
  await expect(mainNav(keeper.page).getByRole("link", { name: "Organizations" })).toHaveCount(0);

  // The role editor: permissions grouped by area, with "select all" per area.
  await page.goto("/admin/roles");
  await page.getByRole("link", { name: "New role" }).click();
  await expect(page).toHaveURL(/\/admin\/roles\/new$/);
  const editor = page.getByRole("form", { name: "New role" });
  await editor.getByLabel("Name").fill(roleName);
  await editor.getByLabel("Description").fill("Looks after client companies and sites.");
  const selectAllMessages = editor.getByRole("checkbox", { name: "Select all in Messages" });
  await selectAllMessages.check();
  await expect(editor.getByRole("checkbox", { name: "Send direct messages" })).toBeChecked();
  await expect(editor.getByRole("checkbox", { name: "Post announcements" })).toBeChecked();
  await editor.getByRole("checkbox", { name: "Post announcements" }).uncheck();
  await expect(selectAllMessages).toHaveAttribute("aria-checked", "mixed");
  await editor.getByRole("checkbox", { name: "Manage organizations and locations" }).check();
  await editor.getByRole("button", { name: "Create role" }).click();
  await expect(page.getByText(`The role “${roleName}” was created.`)).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/roles\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("checkbox", { name: "Manage organizations and locations" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Send direct messages" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Post announcements" })).not.toBeChecked();
  const roleUrl = page.url();

  // Assign it on the user's page.
  await openUser(page, account);
  const roles = page.getByRole("form", { name: "Roles" });
  await roles.getByRole("checkbox", { name: roleName, exact: true }).check();
  await roles.getByRole("button", { name: "Save roles" }).click();
  await expect(page.getByText(`Roles of ${account.fullName} saved.`)).toBeVisible();
  await expect(page.getByTestId("user-detail-badges")).toContainText(roleName);
  await expect(page.getByTestId("user-activity")).toContainText("Roles changed");

  // The user's next request sees the new permission.
  await keeper.page.reload();
  await expect(mainNav(keeper.page).getByText("Administration")).toBeVisible();
  await mainNav(keeper.page).getByRole("link", { name: "Organizations" }).click();
  await expect(keeper.page.getByRole("heading", { name: "Organizations" })).toBeVisible();
  await expect(keeper.page.getByRole("table", { name: "Organizations" })).toContainText("Acme Corp");
  await expect(mainNav(keeper.page).getByRole("link", { name: "Users" })).toHaveCount(0);

  // Deleting a role still assigned asks again, then removes it from its user.
  await page.goto(roleUrl);
  await page.getByRole("button", { name: "Delete role…" }).click();
  const confirm = page.getByRole("alertdialog");
  await confirm.getByRole("button", { name: "Delete role" }).click();
  await expect(confirm.getByRole("alert")).toContainText(`The role "${roleName}" is assigned to 1 user.`);
  await confirm.getByRole("button", { name: "Remove from 1 user and delete" }).click();
  await expect(page.getByText(`The role “${roleName}” was removed from 1 user and deleted.`)).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/roles$/);
  await expect(page.getByRole("table", { name: "Roles" })).not.toContainText(roleName);
  await keeper.page.reload();
  await expect(mainNav(keeper.page).getByRole("link", { name: "Organizations" })).toHaveCount(0);
  await keeper.context.close();
});

test("disabling a user signs their open browser out", async ({ page, browser }) => {
  const account = newAccount("off");
  await signInAt(page, "/admin/users", "admin");
  await createUserInUi(page, account, "agent");
  const victim = await signInElsewhere(browser, account.username, "/dashboard", { password: account.password });

  await openUser(page, account);
  await expect(page.getByTestId("user-sessions").getByRole("listitem")).toHaveCount(1);
  const active = page.getByRole("switch", { name: "Active" });
  await expect(active).toBeChecked();
  await active.click();
  const confirm = page.getByRole("alertdialog", { name: `Disable ${account.fullName}?` });
  // Cancelling changes nothing.
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toBeHidden();
  await expect(active).toBeChecked();
  await victim.page.reload();
  await expect(victim.page).toHaveURL(/\/dashboard$/);

  await active.click();
  await confirm.getByRole("button", { name: "Disable user" }).click();
  await expect(page.getByText(`${account.fullName} was disabled and signed out everywhere.`)).toBeVisible();
  await expect(active).not.toBeChecked();
  await expect(page.getByTestId("user-detail-badges")).toContainText("Disabled");
  await expect(page.getByText("Not signed in anywhere.")).toBeVisible();

  await victim.page.reload();
  await expect(victim.page).toHaveURL(/\/sign-in/);
  // And cannot sign in again.
  await signIn(victim.page, account.username, account.password);
  await expect(victim.page).toHaveURL(/\/sign-in/);
  await victim.context.close();
});

test("an admin ends one session of a user on the user page; the user's other session goes on", async ({
  page,
  browser,
  request,
}) => {
  const account = newAccount("end");
  await signInAt(page, "/admin/users", "admin");
  await createUserInUi(page, account, "agent");
  const victim = await signInElsewhere(browser, account.username, "/dashboard", { password: account.password });
  const { accessToken } = await trpc<{ accessToken: string }>(page, "auth.login", {
    login: account.username,
    password: account.password,
    device: "nightly script",
  });
  const meWithToken = () => request.get("/api/trpc/me.get", { headers: { authorization: `Bearer ${accessToken}` } });
  expect((await meWithToken()).status()).toBe(200);

  await openUser(page, account);
  const sessions = page.getByTestId("user-sessions").getByRole("listitem");
  await expect(sessions).toHaveCount(2);
  const script = sessions.filter({ hasText: "nightly script" });
  // Ending asks first; cancelling leaves the session alone.
  await script.getByRole("button", { name: "End session on nightly script" }).click();
  await expect(script.getByRole("group", { name: "End this session?" })).toBeVisible();
  await script.getByRole("button", { name: "Cancel" }).click();
  await expect(sessions).toHaveCount(2);
  expect((await meWithToken()).status()).toBe(200);

  await script.getByRole("button", { name: "End session on nightly script" }).click();
  await script.getByRole("button", { name: "Yes, end it" }).click();
  await expect(page.getByText("Ended the session on nightly script.")).toBeVisible();
  await expect(sessions).toHaveCount(1);
  await expect(sessions).toContainText("Browser");
  expect((await meWithToken()).status()).toBe(401);
  // The browser session goes on; its owner signs it out (next-auth's sign-out is audited too).
  await victim.page.reload();
  await expect(victim.page).toHaveURL(/\/dashboard$/);
  await victim.page.getByRole("button", { name: `Account menu for ${account.fullName}` }).click();
  await victim.page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(victim.page).toHaveURL(/\/sign-in/);

  // The user's activity says who ended what.
  await page.reload();
  await expect(page.getByText("Not signed in anywhere.")).toBeVisible();
  const activity = page.getByTestId("user-activity").getByRole("listitem");
  const revoked = activity.filter({ hasText: "session.revoke" });
  await expect(revoked).toContainText("Session ended");
  await expect(revoked).toContainText("by Ana Administradora");
  await expect(activity.filter({ hasText: "session.sign_out" })).toContainText("by this user");
  await victim.context.close();
});

test("search, role filter and sorting change the rows and the URL, and a reload restores them", async ({ page }) => {
  const tag = newAccount("tag").username.replace(/-/g, "");
  await signInAt(page, "/dashboard", "admin");
  const ids = await roleIds(page);
  // Created in this order, so the default order (newest first) is Carla, Bruno, Alba.
  for (const [name, role] of [
    ["Alba", "agent"],
    ["Bruno", "requester"],
    ["Carla", "agent"],
  ] as const) {
    const handle = `${name.toLowerCase()}-${tag}`;
    await trpc(page, "users.create", {
      email: `${handle}@example.test`,
      username: handle,
      fullName: `${name} ${tag}`,
      roleIds: [ids[role]],
    });
  }

  await page.goto("/admin/users");
  await page.getByRole("searchbox", { name: "Search users" }).fill(tag);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${tag}`));
  await expect(nameCells(page)).toHaveText([`Carla ${tag}`, `Bruno ${tag}`, `Alba ${tag}`]);

  await page.getByRole("combobox", { name: "Filter by role" }).selectOption({ label: "agent" });
  await expect(page).toHaveURL(new RegExp(`[?&]role=${ids.agent}`));
  await expect(nameCells(page)).toHaveText([`Carla ${tag}`, `Alba ${tag}`]);

  const nameHeader = page.getByRole("columnheader", { name: "Name", exact: true });
  await nameHeader.getByRole("button").click();
  await expect(page).toHaveURL(/[?&]sort=fullName/);
  await expect(page).toHaveURL(/[?&]dir=asc/);
  await expect(nameHeader).toHaveAttribute("aria-sort", "ascending");
  await expect(nameCells(page)).toHaveText([`Alba ${tag}`, `Carla ${tag}`]);

  // Column visibility.
  await expect(page.getByRole("columnheader", { name: "Email", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Columns" }).click();
  await page.getByRole("menuitemcheckbox", { name: "Email" }).click();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("columnheader", { name: "Email", exact: true })).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole("searchbox", { name: "Search users" })).toHaveValue(tag);
  await expect(page.getByRole("combobox", { name: "Filter by role" })).toHaveValue(ids.agent!);
  await expect(page.getByRole("columnheader", { name: "Name", exact: true })).toHaveAttribute("aria-sort", "ascending");
  await expect(nameCells(page)).toHaveText([`Alba ${tag}`, `Carla ${tag}`]);

  // Sorting the other way, and the status filter with its empty state.
  await page.getByRole("columnheader", { name: "Name", exact: true }).getByRole("button").click();
  await expect(page).toHaveURL(/[?&]dir=desc/);
  await expect(nameCells(page)).toHaveText([`Carla ${tag}`, `Alba ${tag}`]);
  await page.getByRole("combobox", { name: "Filter by status" }).selectOption({ label: "Disabled" });
  await expect(page).toHaveURL(/[?&]status=inactive/);
  await expect(page.getByText("No users match")).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page.getByRole("searchbox", { name: "Search users" })).toHaveValue("");
  await expect(page).not.toHaveURL(/[?&](q|role|status)=/);
});

test("the first page of users comes with the HTML, in the order and filter of the URL", async ({ page }) => {
  await signInAt(page, "/admin/users?status=active&sort=fullName&dir=asc", "admin");
  const first = { limit: 25, active: true, sort: "fullName", direction: "asc" };
  const { items } = await callApi<{ items: { id: string }[] }>(page, "query", "users.list", first);
  expect(items.length).toBeGreaterThan(1);
  // The page as the server sends it, before any script ran: the same users, in the same order.
  const html = await (await page.request.get("/admin/users?status=active&sort=fullName&dir=asc")).text();
  const linked = [...new Set([...html.matchAll(/href="\/admin\/users\/([0-9a-f-]{36})"/g)].map((match) => match[1]))];
  expect(linked).toEqual(items.map((user) => user.id));
});

test("keyset pagination: next, previous and page size, in the URL", async ({ page }) => {
  const tag = newAccount("page").username.replace(/-/g, "");
  await signInAt(page, "/dashboard", "admin");
  for (let i = 1; i <= 12; i += 1) {
    const handle = `p${String(i).padStart(2, "0")}-${tag}`;
    await trpc(page, "users.create", {
      email: `${handle}@example.test`,
      username: handle,
      fullName: `Pat ${String(i).padStart(2, "0")} ${tag}`,
      roleIds: [],
    });
  }
  await page.goto(`/admin/users?q=${tag}&sort=fullName&dir=asc`);
  await expect(rows(page)).toHaveCount(12);
  await page.getByLabel("Rows per page").selectOption("10");
  await expect(page).toHaveURL(/[?&]size=10/);
  await expect(rows(page)).toHaveCount(10);
  await expect(nameCells(page).first()).toHaveText(`Pat 01 ${tag}`);
  await expect(page.getByRole("button", { name: "Previous" })).toBeDisabled();

  await page.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/[?&]after=/);
  await expect(nameCells(page)).toHaveText([`Pat 11 ${tag}`, `Pat 12 ${tag}`]);
  await expect(page.getByTestId("page-status")).toHaveText("Page 2 · 2 users on this page");
  await expect(page.getByRole("button", { name: "Next" })).toBeDisabled();

  await page.reload();
  await expect(nameCells(page)).toHaveText([`Pat 11 ${tag}`, `Pat 12 ${tag}`]);
  await page.getByRole("button", { name: "Previous" }).click();
  await expect(page).not.toHaveURL(/[?&]after=/);
  await expect(rows(page)).toHaveCount(10);
  await expect(nameCells(page).first()).toHaveText(`Pat 01 ${tag}`);
});

test("creating a user without a password shows the generated one once; it works for signing in", async ({
  page,
  browser,
}) => {
  const account = newAccount("gen");
  await signInAt(page, "/admin/users", "admin");
  await page.getByRole("button", { name: "New user" }).click();
  const sheet = page.getByRole("dialog", { name: "New user" });
  // The API's schema runs in the browser too.
  await sheet.getByLabel("Email").fill("not-an-email");
  await sheet.getByRole("button", { name: "Create user" }).click();
  await expect(sheet.getByText("Enter a valid email address.")).toBeVisible();
  await expect(sheet.getByLabel("Full name")).toHaveAttribute("aria-invalid", "true");
  // A taken username is only known to the server: its error lands on the field.
  await sheet.getByLabel("Full name").fill(account.fullName);
  await sheet.getByLabel("Email").fill(account.email);
  await sheet.getByLabel("Username").fill("agent");
  await sheet.getByRole("button", { name: "Create user" }).click();
  await expect(sheet.getByText("This username is taken.")).toBeVisible();
  await expect(sheet.getByLabel("Username")).toBeFocused();

  await sheet.getByLabel("Username").fill(account.username);
  await sheet.getByRole("checkbox", { name: "requester", exact: true }).check();
  await sheet.getByRole("button", { name: "Create user" }).click();
  const shown = page.getByRole("dialog", { name: "User created" });
  await expect(shown).toBeVisible();
  const password = await shown.getByTestId("generated-password").inputValue();
  expect(password.length).toBeGreaterThanOrEqual(16);
  await shown.getByRole("button", { name: "Done" }).click();
  await expect(shown).toBeHidden();

  const other = await signInElsewhere(browser, account.username, "/dashboard", { password });
  await expectRoles(other.page, account.fullName, ["requester"]);
  await other.context.close();
});

test("guard rails: the admin cannot disable themselves, and the toast says why", async ({ page }) => {
  await signInAt(page, "/admin/users?q=admin%40soporte.test", "admin");
  await page.getByRole("link", { name: "Ana Administradora" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ana Administradora" })).toBeVisible();
  const active = page.getByRole("switch", { name: "Active" });
  await active.click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Disable user" }).click();
  await expect(
    page.getByText("You cannot remove your own administrator rights or disable yourself.", { exact: false }),
  ).toBeVisible();
  await expect(active).toBeChecked();
});

test("an admin who is no superuser finds superuser-only controls disabled, with the reason", async ({ page }) => {
  await signInAt(page, "/admin/users?q=admin%40soporte.test", "deputy");
  await page.getByRole("link", { name: "Ana Administradora" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ana Administradora" })).toBeVisible();
  await expect(page.getByRole("switch", { name: "Superuser" })).toBeDisabled();
  await expect(page.getByText("Only a superuser can grant or remove superuser.")).toBeVisible();
  await expect(page.getByRole("switch", { name: "Active" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Reset password…" })).toBeDisabled();
  await expect(page.getByText("Only a superuser can reset a superuser's password.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Delete user…" })).toBeDisabled();
  const roles = page.getByRole("group", { name: "Assigned roles" });
  await expect(roles.getByText("Only a superuser can change a superuser's roles.")).toBeVisible();
  await expect(roles.getByRole("checkbox", { name: "agent", exact: true })).toBeDisabled();

  // Its own roles are for another administrator to change.
  await page.goto("/admin/users?q=deputy%40soporte.test");
  await page.getByRole("link", { name: "Delia Delegada" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Delia Delegada" })).toBeVisible();
  await expect(page.getByText("You cannot change your own roles. Ask another administrator.")).toBeVisible();
  await expect(
    page.getByRole("group", { name: "Assigned roles" }).getByRole("checkbox", { name: "admin", exact: true }),
  ).toBeDisabled();
});

test("organizations: create, search, deactivate instead of delete when in use, delete when unused", async ({
  page,
}) => {
  const tag = newAccount("org").username;
  const used = `Busy ${tag}`;
  const unused = `Idle ${tag}`;
  await signInAt(page, "/admin/organizations", "admin");

  for (const name of [used, unused]) {
    await page.getByRole("button", { name: "New organization" }).click();
    const dialog = page.getByRole("dialog", { name: "New organization" });
    await dialog.getByLabel("Name").fill(name);
    await dialog.getByLabel("Domain").fill(`${name.replace(/\W+/g, "-").toLowerCase()}.test`);
    await dialog.getByRole("button", { name: "Create organization" }).click();
    await expect(page.getByText(`${name} was created.`)).toBeVisible();
    await expect(dialog).toBeHidden();
  }
  await page.getByRole("searchbox", { name: "Search organizations" }).fill(tag);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${tag}`));
  const table = page.getByRole("table", { name: "Organizations" });
  await expect(table.locator("tbody tr")).toHaveCount(2);

  // Give the first one a user.
  const { items } = await trpc<{ items: { id: string; name: string }[] }>(
    page,
    `organizations.list?input=${encodeURIComponent(JSON.stringify({ json: { search: tag, limit: 10 } }))}`,
  );
  const usedId = items.find((item) => item.name === used)?.id;
  await trpc(page, "users.create", {
    email: `member-${tag}@example.test`,
    username: `member-${tag}`,
    fullName: `Member ${tag}`,
    roleIds: [],
    organizationId: usedId,
  });
  await page.reload();

  const usedRow = table.locator("tbody tr", { hasText: used });
  await expect(usedRow).toContainText("Active");
  await page.getByRole("button", { name: `Actions for ${used}` }).click();
  await page.getByRole("menuitem", { name: "Delete" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete organization" }).click();
  await expect(page.getByText(`${used} is in use by 1 user, so it was deactivated instead of deleted.`)).toBeVisible();
  await expect(usedRow).toContainText("Inactive");

  await page.getByRole("button", { name: `Actions for ${used}` }).click();
  await page.getByRole("menuitem", { name: "Activate" }).click();
  await expect(page.getByText(`${used} was activated.`)).toBeVisible();
  await expect(usedRow).toContainText("Active");

  await page.getByRole("button", { name: `Actions for ${unused}` }).click();
  await page.getByRole("menuitem", { name: "Delete" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete organization" }).click();
  await expect(page.getByText(`${unused} was deleted.`)).toBeVisible();
  await expect(table.locator("tbody tr")).toHaveCount(1);
});

test("the user page asks before leaving unsaved changes, and offers organization and location in one place", async ({
  page,
}) => {
  const account = newAccount("unsaved");
  await signInAt(page, "/admin/users", "admin");
  await createUserInUi(page, account, "agent");
  await openUser(page, account);
  const userUrl = page.url();

  await page.getByRole("button", { name: "Edit" }).click();
  const sheet = page.getByRole("dialog");
  await expect(sheet.getByLabel("Full name")).toBeVisible();
  await expect(sheet.getByLabel("Organization")).toHaveCount(0);
  await page.keyboard.press("Escape");

  await page.getByRole("form", { name: "Roles" }).getByRole("checkbox", { name: "requester", exact: true }).check();
  const questions: string[] = [];
  page.once("dialog", (dialog) => {
    questions.push(dialog.message());
    void dialog.dismiss();
  });
  await mainNav(page).getByRole("link", { name: "Users" }).click();
  await expect.poll(() => questions).toEqual(["You have unsaved changes. Leave this page and lose them?"]);
  expect(page.url()).toBe(userUrl);

  page.once("dialog", (dialog) => void dialog.accept());
  await mainNav(page).getByRole("link", { name: "Users" }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
});
