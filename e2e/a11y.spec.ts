// WEB-6: every page passes axe-core with no critical or serious violation, for each role that may open
// it, in light and dark (every rule in light, the colour rules again in dark). One test per page; each
// role signs in once per worker, and its page is reused.
import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Browser, type Page } from "@playwright/test";
import { ACCOUNT_PAGES, ADMIN_PAGES, scrollThrough, signInAt, STAFF_PAGES } from "./fixtures";

type Login = "requester" | "agent" | "backoffice" | "admin";

/** Who opens which pages (null: signed out). */
const ROLES: { login: Login | null; pages: string[] }[] = [
  { login: null, pages: ["/sign-in", "/register"] },
  { login: "requester", pages: ["/dashboard", "/tickets", "/tickets/new", "/messages", ...ACCOUNT_PAGES] },
  { login: "agent", pages: STAFF_PAGES },
  { login: "backoffice", pages: ["/dashboard", "/tickets", "/admin/users", "/admin/audit"] },
  { login: "admin", pages: [...ADMIN_PAGES, "/admin/users/first", "/admin/roles/new"] },
];
const PAGES = [...new Set(ROLES.flatMap((role) => role.pages))].map((path) => ({
  path,
  logins: ROLES.filter((role) => role.pages.includes(path)).map((role) => role.login),
}));

/** A page per role (and one signed out), signed in once per worker and reused: its cache stays warm. */
const test = base.extend<object, { pageAs: (login: Login | null) => Promise<Page> }>({
  pageAs: [
    async ({ browser }, use) => {
      const pages = new Map<Login | null, Promise<Page>>();
      await use((login) => {
        if (!pages.has(login)) pages.set(login, openAs(browser, login));
        return pages.get(login)!;
      });
      for (const page of pages.values()) await (await page).context().close();
    },
    { scope: "worker" },
  ],
});

async function openAs(browser: Browser, login: Login | null) {
  const page = await (await browser.newContext()).newPage();
  if (login) await signInAt(page, "/dashboard", login);
  return page;
}

/** The rules whose outcome depends on the colours: all that can change between light and dark. */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/** The serious and critical violations on the page as it is now (of `rules`, else all), one line each. */
async function violations(page: Page, rules?: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const { violations } = await (rules ? builder.withRules(rules) : builder).analyze();
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

/**
 * The page in the given colour scheme, at rest: the theme follows the system's, and links and buttons
 * fade to their new colours (CSS transitions), which axe must not catch halfway.
 */
async function showScheme(page: Page, scheme: "light" | "dark") {
  await page.emulateMedia({ colorScheme: scheme });
  await expect(page.locator("html")).toHaveClass(new RegExp(`\\b${scheme}\\b`));
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => !(a instanceof CSSTransition) || a.playState !== "running"),
  );
}

/** A detail page reached from its list ("/admin/users/first": the first user's page). */
async function open(page: Page, path: string) {
  if (!path.endsWith("/first")) return void (await page.goto(path));
  await page.goto(path.replace(/\/first$/, ""));
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page).not.toHaveURL(new RegExp(`${path.replace(/\/first$/, "")}$`));
}

for (const { path, logins } of PAGES) {
  test(`axe: ${path}, ${logins.map((login) => login ?? "signed out").join(", ")}; light and dark`, async ({
    pageAs,
  }) => {
    test.setTimeout(60_000 * logins.length);
    const found: string[] = [];
    for (const login of logins) {
      const page = await pageAs(login);
      await open(page, path);
      if (login) await expect(page).not.toHaveURL(/\/sign-in/);
      await page.waitForLoadState("networkidle");
      // What draws only near the screen (the dashboard's charts) is checked too.
      await scrollThrough(page);
      // Light: every rule. Dark: the same page in the other colours, so only the colour rules.
      for (const scheme of ["light", "dark"] as const) {
        await showScheme(page, scheme);
        const rules = scheme === "dark" ? COLOUR_RULES : undefined;
        for (const line of await violations(page, rules)) found.push(`${login ?? "signed out"} ${scheme}: ${line}`);
      }
      await page.emulateMedia({ colorScheme: "light" });
    }
    expect(found).toEqual([]);
  });
}
