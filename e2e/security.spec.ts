// CSRF protection of /api/trpc and the security headers (CSP with a nonce) on pages and API
// responses, in Chromium against the production build.
import { expect, test, type APIResponse, type Page, type Response } from "@playwright/test";
import { newAccount, register, sameOriginHeaders, signInAt } from "./fixtures";

/** A page on another port of the same host: another origin, but the same site, so the browser still sends the SameSite=Lax session cookie. */
const SAME_SITE_ORIGIN = "http://localhost:4999";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

async function expectSignedIn(page: Page) {
  const response = await page.request.get("/api/trpc/me.get");
  expect(response.status(), await response.text()).toBe(200);
  await page.goto("/account/sessions");
  await expect(page).toHaveURL(/\/account\/sessions$/);
}

test.describe("CSRF", () => {
  test("a form on another origin cannot sign the user out everywhere; the app's own button can", async ({ page }) => {
    const account = newAccount("csrf");
    await register(page, account);

    // The attack, in the browser: a page on another origin auto-submits a multipart form to
    // auth.logoutAll. The browser attaches the session cookie (same site) and its own Origin.
    await page.route(`${SAME_SITE_ORIGIN}/attack`, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<form method="post" enctype="multipart/form-data" action="${new URL("/api/trpc/auth.logoutAll", page.url()).href}">
                 <input name="x" value="1"></form><script>document.forms[0].submit()</script>`,
      }),
    );
    const refused = page.waitForResponse((r) => r.url().endsWith("/api/trpc/auth.logoutAll"));
    await page.goto(`${SAME_SITE_ORIGIN}/attack`);
    const response = await refused;
    expect(response.status()).toBe(403);
    expect(await response.request().headerValue("cookie")).toMatch(/soporte\.session=/);
    expect(await response.request().headerValue("origin")).toBe(SAME_SITE_ORIGIN);
    await expectSignedIn(page);

    // The same procedure from the app itself (a same-origin JSON POST) works and ends the session.
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await page.getByRole("button", { name: "Yes, sign out everywhere" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard/);
  });

  test("cookie mutations without proof of our origin, or not JSON, or over GET, change nothing", async ({ page }) => {
    await register(page, newAccount("csrf"));
    const logoutAll = "/api/trpc/auth.logoutAll";
    const cases: { name: string; status: number; send: () => Promise<APIResponse> }[] = [
      {
        name: "cross-origin multipart",
        status: 403,
        send: () =>
          page.request.post(logoutAll, { multipart: { x: "1" }, headers: { origin: "https://evil.example" } }),
      },
      {
        name: "cross-origin JSON",
        status: 403,
        send: () => page.request.post(logoutAll, { data: { json: null }, headers: { origin: "https://evil.example" } }),
      },
      {
        name: "cookie without Origin",
        status: 403,
        send: () => page.request.post(logoutAll, { data: { json: null } }),
      },
      {
        name: "same-site, not same-origin",
        status: 403,
        send: () => page.request.post(logoutAll, { data: { json: null }, headers: { "sec-fetch-site": "same-site" } }),
      },
      {
        name: "same-origin multipart",
        status: 415,
        send: () => page.request.post(logoutAll, { multipart: { x: "1" }, headers: sameOriginHeaders(page) }),
      },
      {
        name: "same-origin text/plain",
        status: 415,
        send: () =>
          page.request.post(logoutAll, {
            data: "{}",
            headers: { ...sameOriginHeaders(page), "content-type": "text/plain" },
          }),
      },
      // tRPC itself refuses mutations over GET.
      { name: "GET", status: 405, send: () => page.request.get(logoutAll) },
      {
        name: "GET batch",
        status: 405,
        send: () => page.request.get(`${logoutAll}?batch=1&input=${encodeURIComponent("{}")}`),
      },
    ];
    for (const { name, status, send } of cases) {
      const response = await send();
      expect(response.status(), `${name}: ${await response.text()}`).toBe(status);
    }
    await expectSignedIn(page);
  });
});

type CspWatch = { violations: string[]; errors: string[] };

/** Collects CSP violations (console reports and securitypolicyviolation events) and uncaught page errors. */
async function watchCsp(page: Page): Promise<CspWatch> {
  const watch: CspWatch = { violations: [], errors: [] };
  // Init scripts run through the DevTools protocol: the page's CSP does not apply to them.
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`),
    ),
  );
  page.on("console", (message) => {
    if (/Content Security Policy|CSP violation/i.test(message.text()))
      watch.violations.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => watch.errors.push(`${page.url()}: ${error.message}`));
  return watch;
}

/** The page's headers are in place, and Next.js put the header's nonce on every script it rendered. */
async function expectPageHeaders(response: Response | null): Promise<string> {
  expect(response?.ok(), response?.url()).toBe(true);
  const headers = response!.headers();
  const csp = headers["content-security-policy"] ?? "";
  const nonce = csp.match(/script-src 'self' 'nonce-([A-Za-z0-9+/]+=*)' 'strict-dynamic'(;|$)/)?.[1];
  expect(nonce, `CSP of ${response!.url()}: ${csp}`).toBeTruthy();
  for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"])
    expect(csp).toContain(directive);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["x-powered-by"]).toBeUndefined();
  // Served over http here: no HSTS.
  expect(headers["strict-transport-security"]).toBeUndefined();
  const scripts = (await response!.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  return nonce!;
}

test.describe("security headers", () => {
  test("every page has a CSP with a fresh nonce, and works in Chromium without a single violation", async ({
    page,
  }) => {
    // A tour of every page: more than one ordinary flow's time on a busy 2-core machine.
    test.setTimeout(180_000);
    const watch = await watchCsp(page);
    const nonces = new Set<string>();
    let visits = 0;
    const visit = async (path: string, ready = page.getByRole("heading", { level: 1 })) => {
      visits++;
      nonces.add(await expectPageHeaders(await page.goto(path)));
      await expect(ready).toBeVisible();
    };

    await visit("/register", page.getByRole("button", { name: "Create account" }));
    await visit("/sign-in", page.getByRole("button", { name: "Sign in" }));
    // Client-side behaviour: the theme switcher (next-themes, its inline script runs with the nonce).
    await page.getByRole("button", { name: /theme/i }).click();
    await page.getByRole("menuitemradio", { name: "Dark" }).click();
    await expect(page.locator("html")).toHaveClass(/dark/);
    await visit("/sign-in", page.getByRole("button", { name: "Sign in" }));
    await expect(page.locator("html")).toHaveClass(/dark/);

    // A form: signing in (next-auth from the browser).
    await signInAt(page, "/dashboard", "admin");
    await visit("/dashboard");
    for (const path of [
      "/account/profile",
      "/account/password",
      "/account/sessions",
      "/admin/users",
      "/admin/roles",
      "/admin/roles/new",
      "/admin/organizations",
      "/admin/locations",
      "/admin/settings",
      "/admin/catalogs",
      "/admin/audit",
      "/admin/system",
      "/tickets",
      "/tickets/new",
      "/tickets/1001",
      "/messages",
    ]) {
      await visit(path);
    }
    await visit("/admin/users");
    const userLink = page.getByRole("table", { name: "Users" }).getByRole("link").first();
    await visit((await userLink.getAttribute("href"))!);
    await visit("/admin/roles");
    await visit(
      (await page
        .locator('main a[href^="/admin/roles/"]:not([href="/admin/roles/new"])')
        .first()
        .getAttribute("href"))!,
    );

    // A client-side navigation and a tRPC query from the browser: the users table filters as you type.
    await page.goto("/admin/users");
    await page.getByRole("searchbox", { name: "Search users" }).fill("agent@soporte.test");
    await expect(page).toHaveURL(/q=agent/);
    await expect(page.getByRole("table", { name: "Users" }).getByTestId("user-name")).toHaveText(["Carlos Técnico"]);

    expect(nonces.size, "a new nonce on every response").toBe(visits);
    expect(watch.violations).toEqual([]);
    expect(watch.errors).toEqual([]);
  });

  test("API responses and static files have the headers too, and our own request id", async ({ page }) => {
    const api = await page.request.get("/api/trpc/settings.get", { headers: { "x-request-id": "client-chosen-id" } });
    expect(api.status()).toBe(200);
    const apiHeaders = api.headers();
    expect(apiHeaders["content-security-policy"]).toBe("default-src 'none'; base-uri 'none'; frame-ancestors 'none'");
    expect(apiHeaders["x-request-id"]).toMatch(UUID);

    const html = await (await page.request.get("/sign-in")).text();
    const chunk = html.match(/<script src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
    expect(chunk).toBeTruthy();
    for (const path of ["/api/trpc/settings.get", "/api/health", "/api/health/db", "/api/auth/session", chunk!]) {
      const headers = (await page.request.get(path)).headers();
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("same-origin");
      expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
      expect(headers["x-powered-by"], path).toBeUndefined();
    }
  });
});
