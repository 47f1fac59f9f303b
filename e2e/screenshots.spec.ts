// `pnpm screenshots`: pictures of each page in light and dark, desktop and phone width, for a
// person to look at (test-results/screenshots). Not part of `pnpm test`.
import { expect, test } from "@playwright/test";
import { signInAt } from "./fixtures";

const viewports = { desktop: { width: 1366, height: 860 }, phone: { width: 390, height: 844 } } as const;
const pages = [
  { name: "sign-in", path: "/sign-in", login: null, heading: "Sign in to Soporte" },
  { name: "dashboard", path: "/dashboard", login: "admin", heading: /Welcome/ },
] as const;

for (const scheme of ["light", "dark"] as const) {
  for (const [device, viewport] of Object.entries(viewports)) {
    for (const target of pages) {
      test(`@screenshots ${target.name} ${scheme} ${device}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize(viewport);
        if (target.login) await signInAt(page, target.path, target.login);
        else await page.goto(target.path);
        await expect(page.getByText(target.heading).first()).toBeVisible();
        await page.waitForLoadState("networkidle");
        await page.screenshot({ path: `test-results/screenshots/${target.name}-${scheme}-${device}.png`, fullPage: true });
      });
    }
  }
}
