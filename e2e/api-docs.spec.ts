import { expect, test } from "@playwright/test";
import { signInAt } from "./fixtures";

test.describe("API reference", () => {
  test("staff find it in the user menu; it lists the REST operations and tries one against this server", async ({
    page,
  }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await signInAt(page, "/tickets", "agent");
    await page.getByRole("button", { name: /Account menu/ }).click();
    const link = page.getByRole("menuitem", { name: "API reference" });
    await expect(link).toHaveAttribute("href", "/api/docs");

    await page.goto("/api/docs");
    await expect(page.getByRole("heading", { name: "Soporte API", level: 1 })).toBeVisible({ timeout: 30_000 });
    // Every area is there, and search finds an operation.
    const sidebar = page.getByRole("complementary", { name: "Sidebar for Soporte API" });
    for (const tag of ["auth", "tickets", "comments", "messages", "health"])
      await expect(sidebar.getByRole("link", { name: tag, exact: true })).toBeVisible();
    await page.getByRole("button", { name: /Open Search/ }).click();
    await page.getByRole("combobox").fill("list tickets");
    await expect(page.getByRole("option", { name: /List tickets/ }).first()).toBeVisible();
    await page.keyboard.press("Escape");

    // "Try it": the health check, sent from the page to this server.
    await page.goto("/api/docs#tag/health/GET/health");
    await page.getByRole("button", { name: /^Test Request\s*\(get \/health\)$/ }).click();
    const answered = page.waitForResponse((response) => response.url().endsWith("/api/v1/health"));
    await page.getByRole("button", { name: /^Send get request to .*\/api\/v1\/health$/ }).click();
    expect((await answered).status()).toBe(200);
    await expect(page.getByText("200 OK")).toBeVisible();
    expect(violations).toEqual([]);
  });

  test("requesters do not get the link", async ({ page }) => {
    await signInAt(page, "/tickets", "requester");
    await page.getByRole("button", { name: /Account menu/ }).click();
    await expect(page.getByRole("menuitem", { name: "Sessions" })).toBeVisible();
    await expect(page.getByRole("menuitem", { name: "API reference" })).toHaveCount(0);
  });
});
