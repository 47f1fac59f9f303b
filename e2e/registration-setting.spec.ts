// Turning self-registration off affects every test that registers an account, so this test holds
// Playwright's built-in exclusive lock: it starts only when no other test is running, and nothing
// else starts until it has finished (and turned registration back on).
import { expect, test, type Page } from "@playwright/test";
import { sameOriginHeaders, signInAt } from "./fixtures";

/** Sets the switch through the API (tRPC over HTTP), as the signed-in admin on `page`. */
async function setRegistration(page: Page, registrationEnabled: boolean) {
  const response = await page.request.post("/api/trpc/settings.update", {
    data: { json: { registrationEnabled } },
    headers: sameOriginHeaders(page),
  });
  expect(response.ok()).toBe(true);
}

test(
  "an admin closes and reopens self-registration on /admin/settings",
  { lock: "-exclusive-" },
  async ({ page, browser }) => {
    await signInAt(page, "/admin/settings", "admin");
    await expect(
      page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }),
    ).toHaveAttribute("aria-current", "page");
    const toggle = page.getByRole("switch", { name: "Allow self-registration" });
    await expect(toggle).toBeChecked();

    const visitor = await browser.newContext();
    const visitorPage = await visitor.newPage();
    try {
      await toggle.click();
      await expect(page.getByText("Self-registration is off.")).toBeVisible();
      await expect(toggle).not.toBeChecked();

      await visitorPage.goto("/register");
      await expect(visitorPage.getByRole("heading", { name: "Registration is closed" })).toBeVisible();
      await expect(visitorPage.getByRole("button", { name: "Create account" })).toHaveCount(0);
      await expect(visitorPage.getByLabel("Email")).toHaveCount(0);
      await visitorPage.getByRole("link", { name: "Back to sign in" }).click();
      await expect(visitorPage).toHaveURL(/\/sign-in$/);
      await expect(visitorPage.getByRole("button", { name: "Sign in" })).toBeVisible();
      await expect(visitorPage.getByRole("link", { name: "Create an account" })).toHaveCount(0);

      // The setting survives a reload of the admin page.
      await page.reload();
      await expect(toggle).not.toBeChecked();
      await toggle.click();
      await expect(page.getByText("Self-registration is on.")).toBeVisible();
      await expect(toggle).toBeChecked();

      await visitorPage.reload();
      await visitorPage.getByRole("link", { name: "Create an account" }).click();
      await expect(visitorPage).toHaveURL(/\/register$/);
      await expect(visitorPage.getByRole("button", { name: "Create account" })).toBeVisible();
    } finally {
      // Whatever failed above, leave registration open for the tests that run after this one.
      await setRegistration(page, true);
      await visitor.close();
    }
  },
);

test("users without settings.manage get the forbidden page (403) for /admin/settings", async ({ page }) => {
  await signInAt(page, "/dashboard", "agent");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" })).toHaveCount(0);
  const response = await page.goto("/admin/settings");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "You don't have access to this page" })).toBeVisible();
  await expect(page.getByRole("switch")).toHaveCount(0);
});
