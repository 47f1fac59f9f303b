import { zodResolver } from "@hookform/resolvers/zod";
import type { useTranslations } from "next-intl";
import { get, type FieldError, type FieldValues, type Resolver } from "react-hook-form";
import type { z } from "zod";

export type ValidationTranslator = ReturnType<typeof useTranslations<"common.validation">>;

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
 * `zodResolver(schema)` in the page's language (see `useZodResolver`, which loads this module with
 * the first validation).
 */
export function translatedResolver<Input extends FieldValues, Output>(
  schema: z.ZodType<Output, Input>,
  { locale, t, keepMessages }: { locale: string; t: ValidationTranslator; keepMessages: boolean },
): Resolver<Input, unknown, Output> {
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
