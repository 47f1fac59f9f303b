import { changePasswordSchema } from "@soporte/api/schemas";
import type { useTranslations } from "next-intl";
import { z } from "zod";

// The password form's schema: loaded with its first validation (`useZodResolver`), not with the page.

type PasswordTranslator = ReturnType<typeof useTranslations<"account.password.form">>;

/**
 * The API's schema plus a confirmation that only the browser checks (refines: their messages are
 * this form's own, kept as they are by `useZodResolver`).
 */
export function passwordFormSchema(t: PasswordTranslator) {
  return changePasswordSchema
    .extend({ confirmPassword: z.string().refine((value) => value.length > 0, t("repeat")) })
    .refine((values) => values.newPassword === values.confirmPassword, {
      path: ["confirmPassword"],
      message: t("mismatch"),
    });
}
