// WEB-6: the main flows with the keyboard alone — sign in, skip to the page, open a ticket, reply,
// switch theme and language, sign out — and every stop shows where the focus is.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { newAccount, signInAt } from "./fixtures";

/** Presses Tab until `target` has the focus (as a person would), checking each stop shows a focus mark. */
async function tabTo(page: Page, target: Locator, { max = 80, backwards = false } = {}) {
  for (let step = 0; step < max; step++) {
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) {
      await expectFocusVisible(target);
      return;
    }
  }
  throw new Error(`${max} presses of Tab did not reach ${target}`);
}

/**
 * In an open menu, presses ArrowDown until `item` has the focus, a press at a time: each press waits
 * until the focus has moved (the menu takes the focus a moment after it opens; keys pressed before
 * that, or faster than it moves, would be lost or overshoot).
 */
async function arrowDownTo(page: Page, item: Locator, max = 14) {
  await expect(page.locator('[role="menu"]:focus-within')).toHaveCount(1);
  const focused = () => page.evaluate(() => document.activeElement?.textContent ?? "");
  for (let step = 0; step < max; step++) {
    if (await item.evaluate((element) => element === document.activeElement)) return;
    const before = await focused();
    await page.keyboard.press("ArrowDown");
    await expect.poll(focused).not.toBe(before);
  }
  await expect(item).toBeFocused();
}

/**
 * A ring or an outline that the element shows only while it has the focus: its look focused (as Tab
 * left it) against its look after it gives the focus up. A shadow it always has does not count.
 */
async function expectFocusVisible(target: Locator) {
  const mark = await target.evaluate((element) => {
    // Without transitions, so that each look is the style itself and not a step of a fade.
    const { style: inline } = element as HTMLElement;
    const transition = inline.transition;
    inline.transition = "none";
    const look = () => {
      const style = getComputedStyle(element);
      const outline = style.outlineStyle !== "none" && style.outlineWidth !== "0px";
      return {
        outline: outline ? `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}` : "",
        ring: style.boxShadow,
      };
    };
    const focused = look();
    (element as HTMLElement).blur();
    const blurred = look();
    (element as HTMLElement).focus();
    inline.transition = transition;
    return {
      outline: focused.outline !== "" && focused.outline !== blurred.outline,
      ring: focused.ring !== blurred.ring,
    };
  });
  expect(
    mark.outline || mark.ring,
    "the focused element shows a focus ring or outline it does not have otherwise",
  ).toBe(true);
}

test("keyboard only: sign in, skip the navigation, open a ticket, reply, switch theme and language, sign out", async ({
  page,
}) => {
  // A new requester with one ticket (the language switch changes the profile: not a shared demo account).
  const account = newAccount("keys");
  const registered = await page.request.post("/api/v1/auth/register", { data: account });
  expect(registered.ok(), await registered.text()).toBe(true);
  const login = await page.request.post("/api/v1/auth/login", {
    data: { login: account.username, password: account.password },
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const created = await page.request.post("/api/v1/tickets", {
    headers: { authorization: `Bearer ${accessToken}` },
    data: { title: `Keyboard only ${account.username}`, description: "The mouse is broken, of course." },
  });
  const ticket = (await created.json()) as { number: number; title: string };

  // Sign in: the login field has the focus.
  await page.goto("/sign-in");
  await expect(page.getByLabel("Email or username")).toBeFocused();
  await page.keyboard.type(account.username);
  await page.keyboard.press("Tab");
  await page.keyboard.type(account.password);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/dashboard$/);

  // The first stop skips the navigation.
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();

  // Open the ticket from the navigation and the list.
  await tabTo(page, page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Tickets" }), {
    backwards: true,
  });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/tickets$/);
  await tabTo(page, page.getByRole("link", { name: ticket.title }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/tickets/${ticket.number}$`));

  // Reply.
  await tabTo(page, page.getByRole("textbox", { name: "Reply" }));
  await page.keyboard.type("Typed without a mouse.");
  await tabTo(page, page.getByRole("button", { name: "Send reply" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Typed without a mouse.")).toBeVisible();

  // Dark theme from the header's menu.
  await tabTo(page, page.getByRole("button", { name: /^Change theme/ }), { backwards: true });
  await page.keyboard.press("Enter");
  await arrowDownTo(page, page.getByRole("menuitemradio", { name: "Dark" }));
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveClass(/dark/);
  // The menu gives the focus back to its button.
  await expect(page.getByRole("button", { name: /^Change theme/ })).toBeFocused();

  // Spanish from the account menu.
  await tabTo(page, page.getByRole("button", { name: /^Account menu for/ }));
  await page.keyboard.press("Enter");
  await arrowDownTo(page, page.getByRole("menuitemradio", { name: "Español" }));
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");

  // Sign out, in Spanish now.
  await tabTo(page, page.getByRole("button", { name: /^Menú de la cuenta de/ }), { backwards: true });
  await page.keyboard.press("Enter");
  await arrowDownTo(page, page.getByRole("menuitem", { name: "Cerrar sesión" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("tabbing on past a menu button while its code loads leaves the focus where the user took it", async ({ page }) => {
  await signInAt(page, "/dashboard", "agent");
  // Hydrated: the theme button names the current theme only then.
  await expect(page.getByRole("button", { name: /^Change theme \(current: / })).toBeVisible();
  // From now on every script the page asks for comes late, the menus' code among them.
  await page.route("**/_next/static/chunks/**", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 600));
    await route.continue();
  });
  const bell = page.getByRole("button", { name: /^Notifications/ });
  // The bell's focus starts the swap to the real menu; the user moves on before its code is there.
  await bell.focus();
  await page.keyboard.press("Shift+Tab");
  const movedTo = await page.evaluate(() => {
    const element = document.activeElement;
    element?.setAttribute("data-moved-to", "");
    return {
      body: !element || element === document.body,
      bell: element?.getAttribute("aria-label")?.startsWith("Notifications") ?? false,
    };
  });
  expect(movedTo, "Shift+Tab took the focus off the bell, onto another element").toEqual({ body: false, bell: false });
  // The real menu is there (its trigger in the plain button's place), and the focus stayed.
  await expect(bell).toHaveAttribute("data-slot", "dropdown-menu-trigger", { timeout: 30_000 });
  await expect(page.locator("[data-moved-to]")).toBeFocused();
});
