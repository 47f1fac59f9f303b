"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { get, type FieldError, type FieldValues, type Resolver } from "react-hook-form";
import type { z } from "zod";

type ValidationTranslator = ReturnType<typeof useTranslations<"common.validation">>;

/** Fields whose pattern (a regex) has its own explanation in `common.validation.formats`. */
const FORMATS = ["username", "phone", "avatarColor"] as const;

/** A zod issue in the page's language, from its code and limits; null keeps the schema's own message. */
function translateIssue(issue: z.core.$ZodIssue, t: ValidationTranslator): string | null {
  const field = issue.path?.at(-1); // unset while zod builds the issue (error maps)
  switch (issue.code) {
    case "too_small":
      if (issue.origin !== "string") return t("invalid");
      return Number(issue.minimum) <= 1 ? t("required") : t("tooShort", { min: Number(issue.minimum) });
    case "too_big":
      return issue.origin === "string" ? t("tooLong", { max: Number(issue.maximum) }) : t("invalid");
    case "invalid_format": {
      if (issue.format === "email") return t("email");
      const format = FORMATS.find((name) => name === field);
      return format ? t(`formats.${format}`) : t("format");
    }
    case "invalid_type":
      return t("required");
    case "invalid_value":
      return t("choose");
    case "custom":
      return null; // written by the form itself (a refine), in the page's language already
    default:
      return t("invalid");
  }
}

/**
 * `zodResolver(schema)` in the page's language. In a language other than English:
 * - zod's default messages (a check written without one) come from `common.validation`;
 * - the schema's own messages are replaced as well, by the issue's code ("too_small",
 *   "invalid_format"…), since schemas shared with the API (`@soporte/api/schemas`) speak English.
 *   A form whose schema is written with `t` passes `keepMessages: true` to keep them. Messages of
 *   `refine`s (code "custom") are always kept: write them with `t`.
 *
 * ```tsx
 * const form = useForm({ resolver: useZodResolver(profileSchema), defaultValues });
 * ```
 */
export function useZodResolver<Input extends FieldValues, Output>(
  schema: z.ZodType<Output, Input>,
  { keepMessages = false }: { keepMessages?: boolean } = {},
): Resolver<Input, unknown, Output> {
  const t = useTranslations("common.validation");
  const locale = useLocale();
  if (locale === "en") return zodResolver(schema) as Resolver<Input, unknown, Output>;
  const resolve = zodResolver(schema, {
    error: (issue) => translateIssue(issue as z.core.$ZodIssue, t) ?? undefined,
  }) as Resolver<Input, unknown, Output>;
  if (keepMessages) return resolve;
  return async (values, context, options) => {
    const result = await resolve(values, context, options);
    if (Object.keys(result.errors).length === 0) return result;
    const parsed = await schema.safeParseAsync(values);
    const seen = new Set<string>();
    for (const issue of parsed.error?.issues ?? []) {
      // The resolver reports the first issue of each field.
      const path = issue.path.map(String).join(".");
      if (seen.has(path)) continue;
      seen.add(path);
      const error: FieldError | undefined = get(result.errors, path);
      const message = translateIssue(issue, t);
      if (error && message) error.message = message;
    }
    return result;
  };
}
