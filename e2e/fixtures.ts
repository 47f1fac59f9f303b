import { expect, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "soporte-demo-2026";

export const DEMO_USERS = [
  { login: "admin@soporte.test", username: "admin", fullName: "Ana Administradora", roles: ["superuser", "admin"] },
  { login: "agent@soporte.test", username: "agent", fullName: "Carlos Técnico", roles: ["agent"] },
  { login: "backoffice@soporte.test", username: "backoffice", fullName: "Beatriz Backoffice", roles: ["backoffice"] },
  { login: "requester@soporte.test", username: "requester", fullName: "Roberto Solicitante", roles: ["requester"] },
] as const;

/**
 * The header the app's own page sends with its fetches. A tRPC mutation made with the browser's
 * cookies from outside a page (Playwright's `page.request`) needs it too, or it is refused as CSRF.
 */
export const sameOriginHeaders = (page: Page) => ({ origin: new URL(page.url()).origin });

/** Fills and sends the sign-in form of the page that shows it. */
export async function signIn(page: Page, login: string, password = DEMO_PASSWORD) {
  await page.getByLabel("Email or username").fill(login);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Opens `path` signed out, is sent to the sign-in page, and signs in with its form (as a person does). */
export async function signInThroughForm(page: Page, path: string, login: string) {
  await page.goto(path);
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page, login);
}

/**
 * Signs the page's browser in as `login` through next-auth's credentials endpoint, as the sign-in form
 * does, without loading the form (sign-in.spec.ts tests the form itself), then opens `path` and
 * waits until it is there.
 */
export async function signInAt(page: Page, path: string, login: string, password = DEMO_PASSWORD) {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const answer = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, login, password, json: "true" },
  });
  const { url } = (await answer.json()) as { url: string };
  expect(new URL(url).searchParams.get("error"), `signing in as ${login}`).toBeNull();
  await page.goto(path);
  await expect(page).toHaveURL((at) => at.pathname + at.search === path);
}

/** A suffix no other test (or earlier run against the same database) uses, for names a test makes. */
export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

/** A second browser (own cookies) signed in as `login` (a demo user unless `password` says otherwise), on `path`. */
export async function signInElsewhere(
  browser: Browser,
  login: string,
  path: string,
  { password, ...options }: BrowserContextOptions & { password?: string } = {},
) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await signInAt(page, path, login, password);
  return { context, page };
}

/**
 * A browser in a time zone far from the server's (UTC+14: most times fall on another day than in UTC),
 * signed in as `login` on `path`: `errors` collects the page's uncaught errors (a failed hydration among
 * them), `inZone` writes a time as the app's "medium date, short time" does in that zone.
 */
export async function signInFarAway(browser: Browser, login: string, path: string) {
  const timeZone = "Pacific/Kiritimati";
  const { context, page } = await signInElsewhere(browser, login, path, { timezoneId: timeZone });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const inZone = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone });
  return { context, page, errors, inZone: (date: Date) => inZone.format(date) };
}

/** Calls a mutation with the page's cookies, as the page itself would; fails the test if it is refused. */
export async function trpc<T>(page: Page, path: string, input: unknown): Promise<T> {
  const response = await page.request.post(`/api/trpc/${path}`, {
    data: { json: input },
    headers: sameOriginHeaders(page),
  });
  expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

export type NewAccount = { email: string; username: string; fullName: string; password: string };

let accountCounter = 0;

/** Details for an account no other test (or earlier run against the same database) uses. */
export function newAccount(prefix: string): NewAccount {
  const id = `${Date.now().toString(36)}${(accountCounter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const username = `${prefix}-${id}`.toLowerCase();
  return {
    email: `${username}@example.test`,
    username,
    fullName: `Test ${prefix} ${id}`,
    password: `plum-orbit-${id}-lantern`,
  };
}

/** Creates the account on /register; the page signs it in and lands on the dashboard. */
export async function register(page: Page, account: NewAccount) {
  await page.goto("/register");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Username").fill(account.username);
  await page.getByLabel("Full name").fill(account.fullName);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

type TrpcResult = { result: { data: { json: unknown } } };

/**
 * Calls a procedure over HTTP with the page's cookies (superjson envelope), as the app's own pages do:
 * a query is a GET (its input in the URL), a mutation a POST.
 */
export async function callApi<T>(page: Page, kind: "query" | "mutation", path: string, input?: unknown): Promise<T> {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  const response =
    kind === "query"
      ? await page.request.get(`/api/trpc/${path}${query}`)
      : await page.request.post(`/api/trpc/${path}`, {
          data: { json: input ?? null },
          headers: sameOriginHeaders(page),
        });
  expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
  return ((await response.json()) as TrpcResult).result.data.json as T;
}

/**
 * Once the page has loaded its data, scrolls it to its end a screen at a time, then back to the top,
 * as a reader would: what draws only when it comes near the screen (the dashboard's charts) is drawn.
 */
export async function scrollThrough(page: Page) {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  // A chart rendered on the server watches the scroll once React has hydrated it (its placeholder is
  // React's own): a scroll before that passes it by unseen.
  await page.waitForFunction(() =>
    [...document.querySelectorAll("[data-slot=skeleton]")].every((element) =>
      Object.keys(element).some((key) => key.startsWith("__reactFiber$")),
    ),
  );
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    }
    window.scrollTo(0, 0);
  });
}

/** Opens the account menu, checks the roles it lists, and closes it again. */
export async function expectRoles(page: Page, fullName: string, roles: readonly string[]) {
  await page.getByRole("button", { name: `Account menu for ${fullName}` }).click();
  const menu = page.getByRole("menu");
  for (const role of roles) await expect(menu.getByTestId("user-roles")).toContainText(role);
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
}

export { ACCOUNT_PAGES, ADMIN_PAGES, STAFF_PAGES } from "./pages.mjs";
