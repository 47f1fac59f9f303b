// English and Spanish: how the language is chosen, and a pass over every page in Spanish that fails on
// any English text of the catalogues (docs/i18n.md).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { ACCOUNT_PAGES, ADMIN_PAGES, DEMO_PASSWORD, newAccount, scrollThrough, signIn, STAFF_PAGES } from "./fixtures";

const catalogues = path.resolve(import.meta.dirname, "../apps/web/messages");

type Tree = { [key: string]: string | Tree };
function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}
function catalogue(locale: "en" | "es"): Map<string, string> {
  const dir = path.join(catalogues, locale);
  return new Map(
    readdirSync(dir).flatMap((file) =>
      leaves(JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Tree, `${file.replace(".json", "")}.`),
    ),
  );
}

/**
 * The English texts that must not show on a Spanish page: those that differ from their Spanish
 * translation, are a phrase (two words or more, so no single word also used in Spanish or in data),
 * and have no arguments (their surroundings vary).
 */
function englishOnlyPhrases(): string[] {
  const spanish = catalogue("es");
  return [...catalogue("en")]
    .filter(([key, text]) => spanish.get(key) !== text && !text.includes("{") && /\S+\s+\S+/.test(text))
    .map(([, text]) => text);
}

async function restToken(request: APIRequestContext, login: string) {
  const answer = await request.post("/api/v1/auth/login", { data: { login, password: DEMO_PASSWORD } });
  expect(answer.ok(), await answer.text()).toBe(true);
  return ((await answer.json()) as { accessToken: string }).accessToken;
}

/** A new administrator whose profile is in Spanish; answers its login and password. */
async function spanishAdmin(request: APIRequestContext) {
  const headers = { authorization: `Bearer ${await restToken(request, "admin")}` };
  const roles = (await (await request.get("/api/v1/roles", { headers })).json()) as {
    items: { id: string; name: string }[];
  };
  const account = newAccount("es-admin");
  const created = await request.post("/api/v1/users", {
    headers,
    data: {
      email: account.email,
      username: account.username,
      fullName: "Elena Administradora",
      password: account.password,
      roleIds: roles.items.filter((role) => role.name === "admin").map((role) => role.id),
    },
  });
  expect(created.ok(), await created.text()).toBe(true);
  const { id } = ((await created.json()) as { user: { id: string } }).user;
  const localized = await request.patch(`/api/v1/users/${id}`, { headers, data: { locale: "es" } });
  expect(localized.ok(), await localized.text()).toBe(true);
  return { id, ...account };
}

test.describe("languages", () => {
  test("a Spanish browser gets Spanish before signing in; registering keeps it, and the switch changes it everywhere", async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: "es-ES" });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("button", { name: "Iniciar sesión" })).toBeVisible();

    // Registering on a Spanish page makes a Spanish profile (and signs in).
    const account = newAccount("es");
    await page.goto("/register");
    await page.getByLabel("Correo electrónico").fill(account.email);
    await page.getByLabel("Nombre de usuario").fill(account.username);
    await page.getByLabel("Nombre completo").fill(account.fullName);
    await page.getByLabel("Contraseña").fill(account.password);
    // The server's field error comes in Spanish too (worded from its reason, not the server's English).
    await page.getByLabel("Nombre de usuario").fill("agent");
    await page.getByRole("button", { name: "Crear cuenta" }).click();
    await expect(page.locator("#username-error")).toHaveText("Este nombre de usuario ya está en uso.");
    await page.getByLabel("Nombre de usuario").fill(account.username);
    await page.getByRole("button", { name: "Crear cuenta" }).click();
    await expect(page).toHaveURL(/\/dashboard/);
    await expect(
      page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Panel" }),
    ).toBeVisible();

    // The switch in the user menu: English at once, kept after a reload and in another browser.
    await page.getByRole("button", { name: /Menú de la cuenta/ }).click();
    await page.getByRole("menuitemradio", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" })).toBeVisible();
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    const elsewhere = await browser.newContext({ locale: "es-ES" });
    const second = await elsewhere.newPage();
    await second.goto("/sign-in");
    await second.getByLabel("Correo electrónico o nombre de usuario").fill(account.username);
    // A refusal in the page's language (the server sends a code, not a sentence).
    await second.getByLabel("Contraseña").fill("not-the-password");
    await second.getByRole("button", { name: "Iniciar sesión" }).click();
    await expect(second.locator("form").getByRole("alert")).toHaveText(
      "El correo electrónico, el nombre de usuario o la contraseña no son correctos.",
    );
    await second.getByLabel("Contraseña").fill(account.password);
    await second.getByRole("button", { name: "Iniciar sesión" }).click();
    await expect(second.getByRole("navigation", { name: "Main" })).toBeVisible();
    await expect(second.locator("html")).toHaveAttribute("lang", "en");
    await elsewhere.close();
    await context.close();
  });
});

/** Every page of the app, as an administrator sees it. */
const PAGES = [...STAFF_PAGES, ...ACCOUNT_PAGES, ...ADMIN_PAGES];

async function settle(page: Page) {
  await page.waitForLoadState("networkidle");
  await scrollThrough(page);
  await expect(page.locator("[data-slot=skeleton], .animate-pulse")).toHaveCount(0, { timeout: 15_000 });
}

/** Text that users wrote: a ticket's description and its replies. */
const USER_WRITTEN = '[data-testid="ticket-description"], [data-testid="comment-body"]';

test("every page in Spanish: no English text of the catalogues left", async ({ page }) => {
  test.setTimeout(180_000);
  const admin = await spanishAdmin(page.request);
  const english = englishOnlyPhrases();
  expect(english.length).toBeGreaterThan(100);
  await page.goto("/sign-in");
  await signIn(page, admin.username, admin.password);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  for (const pathname of PAGES) {
    await page.goto(pathname);
    await settle(page);
    // What people wrote (the demo tickets and replies are partly English) is data, not the UI's text.
    const text = await page.evaluate((written) => {
      let text = document.body.innerText;
      for (const element of document.querySelectorAll<HTMLElement>(written)) text = text.replace(element.innerText, "");
      return text;
    }, USER_WRITTEN);
    const left = english.filter((phrase) => text.includes(phrase));
    expect(left, `English on ${pathname}`).toEqual([]);
    if (process.env.SCREENSHOTS)
      await page.screenshot({
        path: `test-results/screenshots/es${pathname.replaceAll("/", "-")}.png`,
        fullPage: true,
      });
  }
});
