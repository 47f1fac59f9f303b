import type { useTranslations } from "next-intl";
import { z } from "zod";

// The sign-in form's schema: loaded with its first validation (`useZodResolver`), not with the page.

export type AuthTranslator = ReturnType<typeof useTranslations<"auth">>;

export function signInSchema(t: AuthTranslator) {
  return z.object({
    login: z.string().trim().min(1, t("signIn.enterLogin")).max(254),
    password: z.string().min(1, t("signIn.enterPassword")).max(128),
  });
}
