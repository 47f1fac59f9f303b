// Self-service account pages: registration, password change, sessions, profile. Every test registers
// an account of its own, so the tests run in parallel without seeing each other's sessions. (Turning
// registration off, which would break them, lives in registration-setting.spec.ts under an exclusive lock.)
import { expect, test, type Page } from "@playwright/test";
import { expectRoles, newAccount, register, signIn, signInElsewhere } from "./fixtures";

async function expectSignedOut(page: Page) {
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard/);
}

test("a new account signs in as a requester; changing the password signs out its other sessions", async ({
  page,
  browser,
}) => {
  const account = newAccount("pw");
  await register(page, account);
  await expect(page.getByRole("heading", { level: 1, name: `Hello, ${account.fullName.split(" ")[0]}` })).toBeVisible();
  await expectRoles(page, account.fullName, ["requester"]);
  await expect(page.getByRole("button", { name: `Account menu for ${account.fullName}` })).toBeVisible();
  const other = await signInElsewhere(browser, account.email, "/dashboard", { password: account.password });

  await page.goto("/account/password");
  const newPassword = `${account.password}-renewed`;
  const form = page.getByRole("form", { name: "Change password" });
  const field = (name: string) => form.getByRole("textbox", { name, exact: true });
  // The confirmation is checked in the browser.
  await field("Current password").fill(account.password);
  await field("New password").fill(newPassword);
  await field("Confirm new password").fill(`${newPassword}x`);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText("The passwords do not match.")).toBeVisible();
  await expect(field("Confirm new password")).toHaveAttribute("aria-invalid", "true");

  await field("Confirm new password").fill(newPassword);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed. 1 other session was signed out.")).toBeVisible();
  for (const name of ["Current password", "New password", "Confirm new password"])
    await expect(field(name)).toHaveValue("");

  // The other browser was signed out; this one was not.
  await expectSignedOut(other.page);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/dashboard$/);

  // The old password no longer works, the new one does.
  await signIn(other.page, account.email, account.password);
  await expect(other.page.locator("form").getByRole("alert")).toHaveText("Wrong email/username or password.");
  await signIn(other.page, account.username, newPassword);
  await expect(other.page).toHaveURL(/\/dashboard$/);
  await other.context.close();
});

test("the API's field errors land next to their fields", async ({ page }) => {
  const account = newAccount("dup");
  await register(page, account);

  // A wrong current password is only known to the server.
  await page.goto("/account/password");
  const form = page.getByRole("form", { name: "Change password" });
  const field = (name: string) => form.getByRole("textbox", { name, exact: true });
  await field("Current password").fill("not-my-password-at-all");
  await field("New password").fill(`${account.password}-renewed`);
  await field("Confirm new password").fill(`${account.password}-renewed`);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.locator("#currentPassword-error")).toHaveText("The current password is wrong.");
  await expect(field("Current password")).toHaveAttribute("aria-invalid", "true");
  await expect(field("Current password")).toBeFocused();

  await page.getByRole("button", { name: `Account menu for ${account.fullName}` }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  // Taken email and username (checked by the server after the schema).
  await page.getByRole("link", { name: "Create an account" }).click();
  await expect(page).toHaveURL(/\/register$/);
  await page.getByLabel("Email").fill(account.email.toUpperCase());
  await page.getByLabel("Username").fill(`${account.username}-2`);
  await page.getByLabel("Full name").fill(account.fullName);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("#email-error")).toHaveText("An account with this email already exists.");
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Email").fill(`2-${account.email}`);
  await page.getByLabel("Username").fill(account.username);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("#username-error")).toHaveText("This username is taken.");
  await expect(page.getByLabel("Username")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/register$/);
});

test("the sessions page lists this account's sessions and revokes another one", async ({ page, browser }) => {
  const account = newAccount("sess");
  await register(page, account);
  const other = await signInElsewhere(browser, account.email, "/dashboard", { password: account.password });

  await page.goto("/account/sessions");
  const rows = page.getByTestId("session-row");
  await expect(rows).toHaveCount(2);
  const current = rows.filter({ hasText: "This device" });
  await expect(current).toHaveCount(1);
  await expect(current.getByRole("button", { name: /Revoke/ })).toHaveCount(0);
  await expect(current).toContainText("Browser");
  await expect(current.getByTestId("session-device")).toHaveText(/Chrome/);

  const otherRow = rows.filter({ hasNotText: "This device" });
  await expect(otherRow).toHaveCount(1);
  // Revoking asks first; cancelling leaves the session alone.
  await otherRow.getByRole("button", { name: /^Revoke/ }).click();
  await expect(otherRow.getByRole("group", { name: "Sign this session out?" })).toBeVisible();
  await expect(otherRow.getByRole("button", { name: "Cancel" })).toBeFocused();
  await otherRow.getByRole("button", { name: "Cancel" }).click();
  await expect(otherRow.getByRole("button", { name: /^Revoke/ })).toBeFocused();
  await other.page.reload();
  await expect(other.page).toHaveURL(/\/dashboard$/);

  await otherRow.getByRole("button", { name: /^Revoke/ }).click();
  await otherRow.getByRole("button", { name: "Yes, revoke" }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("This device");

  await expectSignedOut(other.page);
  await page.reload();
  await expect(page).toHaveURL(/\/account\/sessions$/);

  // "Sign out everywhere" ends this session and any other.
  await signIn(other.page, account.email, account.password);
  await expect(other.page).toHaveURL(/\/dashboard$/);
  await page.reload();
  await expect(rows).toHaveCount(2);
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await page.getByRole("button", { name: "Yes, sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expectSignedOut(page);
  await expectSignedOut(other.page);
  await other.context.close();
});

test("signing out the other sessions keeps this one; the ended one reads as signed out at /api/auth/session", async ({
  page,
  browser,
}) => {
  const account = newAccount("others");
  await register(page, account);
  const other = await signInElsewhere(browser, account.email, "/dashboard", { password: account.password });
  const sessionOf = async (p: Page) => {
    const response = await p.request.get("/api/auth/session");
    return {
      body: (await response.json()) as Record<string, unknown>,
      setCookies: response.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie"),
    };
  };
  expect((await sessionOf(other.page)).body).toHaveProperty("sessionId");

  await page.goto("/account/sessions");
  const rows = page.getByTestId("session-row");
  await expect(rows).toHaveCount(2);
  const signOutOthers = page.getByRole("button", { name: "Sign out my other sessions" });
  await signOutOthers.click();
  await expect(page.getByRole("group", { name: "Sign out 1 other session?" })).toBeVisible();
  await page.getByRole("button", { name: "Yes, sign them out" }).click();
  await expect(page.getByText("Signed out 1 other session.")).toBeVisible();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("This device");
  // Nothing left to sign out.
  await expect(signOutOthers).toBeDisabled();

  // The other browser's cookie now reads as signed out, and next-auth clears it.
  const ended = await sessionOf(other.page);
  expect(ended.body).toEqual({});
  expect(ended.setCookies.some((h) => /^soporte\.session=;/.test(h.value) && /Max-Age=0/i.test(h.value))).toBe(true);
  expect((await other.context.cookies()).map((c) => c.name)).not.toContain("soporte.session");
  await expectSignedOut(other.page);

  // This one is untouched.
  expect((await sessionOf(page)).body).toHaveProperty("sessionId");
  await page.reload();
  await expect(page).toHaveURL(/\/account\/sessions$/);
  await other.context.close();
});

test("saving the profile updates the name in the header; requesters have no administration", async ({ page }) => {
  const account = newAccount("prof");
  await register(page, account);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Profile" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Sessions" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Settings" })).toHaveCount(0);

  await page.getByRole("button", { name: `Account menu for ${account.fullName}` }).click();
  await page.getByRole("menuitem", { name: "Profile" }).click();
  await expect(page).toHaveURL(/\/account\/profile$/);

  const form = page.getByRole("form", { name: "Profile" });
  const details = page.getByTestId("account-details");
  await expect(details).toContainText(account.email);
  await expect(details).toContainText(account.username);
  await expect(details).toContainText("requester");
  await expect(form.getByLabel("Full name")).toHaveValue(account.fullName);

  // Client-side validation uses the API's schema.
  await form.getByLabel("Phone").fill("call me maybe");
  await form.getByRole("button", { name: "Save profile" }).click();
  await expect(form.getByText("Use digits, spaces and + ( ) - .")).toBeVisible();

  const renamed = `Renamed ${account.username}`;
  await form.getByLabel("Full name").fill(renamed);
  await form.getByLabel("Phone").fill("+34 600 000 000");
  await form.getByLabel("Bio").fill("Keeps the printers alive.");
  await form.getByLabel("Language").selectOption({ label: "Español" });
  await form.getByRole("button", { name: "Teal" }).click();
  await expect(form.getByLabel("Hex code")).toHaveValue("#0f766e");
  await form.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();
  // The new language applies at once: the page speaks Spanish, the header has the new name.
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("button", { name: `Menú de la cuenta de ${renamed}` })).toBeVisible();
  const perfil = page.getByRole("form", { name: "Perfil" });
  await expect(perfil.getByRole("button", { name: "Guardar el perfil" })).toBeDisabled();

  await page.reload();
  await expect(perfil.getByLabel("Nombre completo")).toHaveValue(renamed);
  await expect(perfil.getByLabel("Teléfono")).toHaveValue("+34 600 000 000");
  await expect(perfil.getByLabel("Biografía")).toHaveValue("Keeps the printers alive.");
  await expect(perfil.getByLabel("Idioma")).toHaveValue("es");
  await expect(perfil.getByLabel("Código hexadecimal")).toHaveValue("#0f766e");
  await expect(perfil.getByRole("button", { name: "Verde azulado" })).toHaveAttribute("aria-pressed", "true");

  const settings = await page.goto("/admin/settings");
  expect(settings?.status()).toBe(403);
});
