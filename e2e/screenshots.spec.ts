// `pnpm screenshots`: pictures of each page in light and dark, desktop and phone width, for a
// person to look at (test-results/screenshots). Not part of `pnpm test`.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { signInAt } from "./fixtures";

const viewports = { desktop: { width: 1366, height: 860 }, phone: { width: 390, height: 844 } } as const;
const text = (value: string | RegExp) => (page: Page) => page.getByText(value).first();

// `ready`: what shows once the page's data has loaded (no skeletons left in the picture).
const pages: { name: string; path: string; login: string | null; heading: string | RegExp; ready: (page: Page) => Locator }[] = [
  { name: "sign-in", path: "/sign-in", login: null, heading: "Sign in to Soporte", ready: text("Create an account") },
  { name: "register", path: "/register", login: null, heading: "Create your account", ready: text("Already have an account?") },
  { name: "dashboard", path: "/dashboard", login: "admin", heading: /Welcome/, ready: text("Healthy") },
  { name: "profile", path: "/account/profile", login: "admin", heading: "Personal details", ready: text("Member since") },
  { name: "password", path: "/account/password", login: "admin", heading: "Change password", ready: text("Confirm new password") },
  { name: "sessions", path: "/account/sessions", login: "admin", heading: "Active sessions", ready: text("This device") },
  { name: "admin-settings", path: "/admin/settings", login: "admin", heading: "Allow self-registration", ready: (page) => page.getByRole("switch", { name: "Allow self-registration" }) },
];

for (const scheme of ["light", "dark"] as const) {
  for (const [device, viewport] of Object.entries(viewports)) {
    for (const target of pages) {
      test(`@screenshots ${target.name} ${scheme} ${device}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize(viewport);
        if (target.login) await signInAt(page, target.path, target.login);
        else await page.goto(target.path);
        await expect(page.getByText(target.heading).first()).toBeVisible();
        await expect(target.ready(page)).toBeVisible();
        await page.waitForLoadState("networkidle");
        await page.screenshot({ path: `test-results/screenshots/${target.name}-${scheme}-${device}.png`, fullPage: true });
      });
    }
  }
}
