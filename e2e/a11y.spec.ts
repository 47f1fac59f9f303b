// WEB-6: every page passes axe-core with no critical or serious violation, for each role that may open
// it, in light and dark.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNT_PAGES, ADMIN_PAGES, signInAt, STAFF_PAGES } from "./fixtures";

const ROLES: { login: string | null; pages: string[] }[] = [
  { login: null, pages: ["/sign-in", "/register"] },
  { login: "requester", pages: ["/dashboard", "/tickets", "/tickets/new", "/messages", ...ACCOUNT_PAGES] },
  { login: "agent", pages: STAFF_PAGES },
  { login: "backoffice", pages: ["/dashboard", "/tickets", "/admin/users", "/admin/audit"] },
  { login: "admin", pages: [...ADMIN_PAGES, "/admin/users/first", "/admin/roles/new"] },
];

/** The serious and critical violations on the page as it is now, one line each. */
async function violations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
}

/** A detail page reached from its list ("/admin/users/first": the first user's page). */
async function open(page: Page, path: string) {
  if (!path.endsWith("/first")) return void (await page.goto(path));
  await page.goto(path.replace(/\/first$/, ""));
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page).not.toHaveURL(new RegExp(`${path.replace(/\/first$/, "")}$`));
}

for (const { login, pages } of ROLES) {
  test(`axe: no serious violation ${login ? `as ${login}` : "signed out"}, light and dark`, async ({ page }) => {
    test.setTimeout(180_000);
    if (login) {
      await signInAt(page, "/dashboard", login);
      await expect(page).toHaveURL(/\/dashboard$/);
    }
    const found: string[] = [];
    for (const path of pages) {
      await open(page, path);
      await page.waitForLoadState("networkidle");
      for (const scheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const line of await violations(page)) found.push(`${path} ${scheme}: ${line}`);
      }
      await page.emulateMedia({ colorScheme: "light" });
    }
    expect(found).toEqual([]);
  });
}
