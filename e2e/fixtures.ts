import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "soporte-demo-2026";

export const DEMO_USERS = [
  { login: "admin@soporte.test", username: "admin", fullName: "Ana Administradora", roles: ["superuser", "admin"] },
  { login: "agent@soporte.test", username: "agent", fullName: "Carlos Técnico", roles: ["agent"] },
  { login: "backoffice@soporte.test", username: "backoffice", fullName: "Beatriz Backoffice", roles: ["backoffice"] },
  { login: "requester@soporte.test", username: "requester", fullName: "Roberto Solicitante", roles: ["requester"] },
] as const;

export async function signIn(page: Page, login: string, password = DEMO_PASSWORD) {
  await page.getByLabel("Email or username").fill(login);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signInAt(page: Page, path: string, login: string) {
  await page.goto(path);
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page, login);
}
