// Staff messaging (MSG-1 … MSG-5) in two browsers: a message arrives live with the unread badge, an
// edit shows on the other side, and an announcement reaches a requester.
import { expect, test, type Page } from "@playwright/test";
import { signInAt, signInElsewhere, unique } from "./fixtures";

const navBadge = (page: Page) =>
  page.getByRole("navigation", { name: /^(Main|Principal)$/ }).getByTestId("unread-messages");
const badgeCount = async (page: Page) => Number((await navBadge(page).textContent())?.match(/\d+/)?.[0] ?? 0);

/** The unread total as the API counts it (other tests may add announcements meanwhile: compare with ≥). */
async function unreadTotal(page: Page) {
  const response = await page.request.get("/api/trpc/messages.unreadCount");
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { result: { data: { json: { total: number } } } }).result.data.json.total;
}
const conversations = (page: Page) => page.getByRole("navigation", { name: /^(Conversations|Conversaciones)$/ });

test("an agent writes to another; she sees it live with the badge, then the edit; Enter sends, Shift+Enter breaks the line", async ({
  page,
  browser,
}) => {
  const id = unique();
  // Sofía waits on her tickets page; the badge is in the navigation of every page. She reads Soporte in
  // Spanish (her profile's language), Carlos in English.
  const sofia = await signInElsewhere(browser, "sofia.ramirez", "/tickets");
  const before = await unreadTotal(sofia.page);

  await signInAt(page, "/messages", "agent");
  await page.getByRole("button", { name: "New message" }).click();
  const dialog = page.getByRole("dialog", { name: "New message" });
  await dialog.getByRole("searchbox", { name: "Find a person" }).fill("Sofía");
  await dialog.getByRole("button", { name: "Sofía Ramírez" }).click();
  const composer = page.getByRole("textbox", { name: "Message to Sofía Ramírez" });
  await composer.fill(`Hola Sofía (${id})`);
  await composer.press("Shift+Enter");
  await composer.pressSequentially("¿Me cubres el turno?");
  await composer.press("Enter");
  await expect(page).toHaveURL(/\/messages\?c=/);
  const sent = page.getByTestId("message").filter({ hasText: id });
  await expect(sent.getByTestId("message-body")).toHaveText(`Hola Sofía (${id})\n¿Me cubres el turno?`);

  // It reaches Sofía without a reload: the badge counts it.
  await expect.poll(() => badgeCount(sofia.page)).toBeGreaterThanOrEqual(before + 1);
  await sofia.page.getByRole("link", { name: /Mensajes/ }).click();
  const row = conversations(sofia.page).getByRole("button", { name: /Carlos Técnico/ });
  await expect(row).toContainText("1 sin leer");
  await row.click();
  const received = sofia.page.getByTestId("message").filter({ hasText: id });
  await expect(received).toBeVisible();
  // Opened, it is read.
  await expect(row).not.toContainText("sin leer");

  // The agent corrects it; Sofía sees the new text, marked edited.
  await sent.hover();
  await sent.getByRole("button", { name: "Edit" }).click();
  await sent.getByRole("textbox", { name: "Message" }).fill(`Hola Sofía, ¿me cubres el turno del sábado? (${id})`);
  await sent.getByRole("button", { name: "Save" }).click();
  await expect(received.getByTestId("message-body")).toHaveText(`Hola Sofía, ¿me cubres el turno del sábado? (${id})`);
  await expect(received).toContainText("(editado)");

  // Her reply quotes it.
  await received.hover();
  await received.getByRole("button", { name: "Responder" }).click();
  await sofia.page.getByRole("textbox", { name: "Mensaje para Carlos Técnico" }).fill("Claro que sí.");
  await sofia.page.getByRole("textbox", { name: "Mensaje para Carlos Técnico" }).press("Enter");
  const reply = page.getByTestId("message").filter({ hasText: "Claro que sí." });
  await expect(reply).toContainText(`Carlos Técnico: Hola Sofía, ¿me cubres el turno del sábado? (${id})`);
  await sofia.context.close();
});

test("an announcement reaches a requester live; a requester cannot post one", async ({ page, browser }) => {
  const body = `Maintenance on Saturday night (${unique()})`;
  await signInAt(page, "/dashboard", "requester");

  const backoffice = await signInElsewhere(browser, "backoffice", "/messages");
  await backoffice.page.getByRole("button", { name: "Announcement", exact: true }).click();
  await backoffice.page.getByRole("dialog").getByRole("textbox", { name: "Announcement" }).fill(body);
  await backoffice.page.getByRole("button", { name: "Post to everyone" }).click();
  await expect(backoffice.page.getByText("Announcement posted to everyone.")).toBeVisible();

  await expect(navBadge(page)).toBeVisible();
  await page.getByRole("link", { name: /Messages/ }).click();
  await conversations(page)
    .getByRole("button", { name: /Announcements/ })
    .click();
  await expect(page.getByTestId("message").filter({ hasText: body })).toBeVisible();
  await expect(page.getByRole("button", { name: "Announcement", exact: true })).toHaveCount(0);
  await expect(page.getByText("Announcements are posted by those allowed to.")).toBeVisible();
  await backoffice.context.close();
});
