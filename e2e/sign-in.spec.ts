import { expect, test } from "@playwright/test";
import { DEMO_USERS, expectRoles, signIn, signInThroughForm } from "./fixtures";

test.describe("sign-in and the app shell", () => {
  for (const user of DEMO_USERS) {
    test(`${user.username} signs in, sees the shell, and signs out`, async ({ page }) => {
      await signInThroughForm(page, "/dashboard", user.login);
      await expect(page).toHaveURL(/\/dashboard$/);
      await expect(
        page.getByRole("heading", { level: 1, name: `Hello, ${user.fullName.split(" ")[0]}` }),
      ).toBeVisible();
      await expectRoles(page, user.fullName, user.roles);
      await expect(
        page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }),
      ).toBeVisible();

      await page.getByRole("button", { name: `Account menu for ${user.fullName}` }).click();
      await page.getByRole("menuitem", { name: "Sign out" }).click();
      await expect(page).toHaveURL(/\/sign-in/);
      await page.goto("/dashboard");
      await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard/);
    });
  }

  test("a wrong password shows a clear error and keeps the user signed out", async ({ page }) => {
    await page.goto("/sign-in");
    await signIn(page, "agent", "wrong-password-123");
    await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email/username or password.");
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("too many failed attempts show the API's rate-limit message as it is", async ({ page }) => {
    // An account name nobody uses, so only this test's attempts count against its limit (10 a minute).
    const login = `nobody-${Date.now().toString(36)}`;
    await page.goto("/sign-in");
    const alert = page.locator("form").getByRole("alert");
    let attempts = 0;
    // Counters use fixed one-minute windows: a window boundary can reset the count once, so allow a second round.
    while (attempts < 25) {
      attempts += 1;
      await signIn(page, login, "wrong-password-123");
      await expect(alert).toHaveText(/Wrong email\/username or password\.|Too many/);
      if ((await alert.textContent())?.startsWith("Too many")) break;
    }
    expect(attempts).toBeGreaterThan(10);
    await expect(alert).toHaveText(/^Too many failed sign-in attempts\. Try again in \d+ seconds?\.$/);
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("empty fields are explained inline without a request", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter your email or username.")).toBeVisible();
    await expect(page.getByText("Enter your password.")).toBeVisible();
    await expect(page.getByLabel("Email or username")).toHaveAttribute("aria-invalid", "true");
  });

  test("after sign-in the user lands where they were going, never on another site", async ({ page }) => {
    await page.goto("/sign-in?callbackUrl=https%3A%2F%2Fevil.test%2F");
    await signIn(page, "agent");
    await expect(page).toHaveURL(/localhost:\d+\/dashboard$/);
  });

  test("the theme can be switched to dark and back", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: /theme/i }).click();
    await page
      .getByRole("menuitemradio", { name: "Dark" })
      .or(page.getByRole("menuitem", { name: "Dark" }))
      .click();
    await expect(page.locator("html")).toHaveClass(/dark/);
    await page.reload();
    await expect(page.locator("html")).toHaveClass(/dark/);
    await page.getByRole("button", { name: /theme/i }).click();
    await page
      .getByRole("menuitemradio", { name: "Light" })
      .or(page.getByRole("menuitem", { name: "Light" }))
      .click();
    await expect(page.locator("html")).not.toHaveClass(/dark/);
  });
});
