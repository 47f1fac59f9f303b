// The app's navigation: rendered on the server, it marks the current page in the browser; on a phone
// it folds into a panel under the header.
import { expect, test } from "@playwright/test";
import { signInAt } from "./fixtures";

test("on a phone the navigation folds into a panel: it opens, marks the current page, and closes when a link is followed", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAt(page, "/tickets", "agent");
  const navigation = page.getByRole("navigation", { name: "Main" });
  await expect(navigation).toBeHidden();

  await page.getByRole("button", { name: "Open navigation" }).click();
  await expect(navigation).toBeVisible();
  await expect(navigation.getByRole("link", { name: "Tickets" })).toHaveAttribute("aria-current", "page");
  await expect(navigation.getByRole("link", { name: "Dashboard" })).not.toHaveAttribute("aria-current");
  // An agent's navigation has no administration.
  await expect(navigation.getByRole("link", { name: "Users" })).toHaveCount(0);

  await navigation.getByRole("link", { name: "Messages" }).click();
  await expect(page).toHaveURL(/\/messages$/);
  await expect(navigation).toBeHidden();
  await page.getByRole("button", { name: "Open navigation" }).click();
  await expect(navigation.getByRole("link", { name: "Messages" })).toHaveAttribute("aria-current", "page");
  await page.getByRole("button", { name: "Close navigation" }).click();
  await expect(navigation).toBeHidden();
});

test("on a wide screen the sidebar marks the current page, also on the pages under it", async ({ page }) => {
  await signInAt(page, "/admin/roles/new", "admin");
  const navigation = page.getByRole("navigation", { name: "Main" });
  await expect(navigation.getByRole("link", { name: "Roles" })).toHaveAttribute("aria-current", "page");
  await expect(navigation.locator('[aria-current="page"]')).toHaveCount(1);
  await navigation.getByRole("link", { name: "Audit log" }).click();
  await expect(page).toHaveURL(/\/admin\/audit$/);
  await expect(navigation.getByRole("link", { name: "Audit log" })).toHaveAttribute("aria-current", "page");
  await expect(navigation.locator('[aria-current="page"]')).toHaveCount(1);
});
