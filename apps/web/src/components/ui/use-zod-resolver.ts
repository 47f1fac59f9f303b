"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { FieldValues, Resolver } from "react-hook-form";
import type * as schemas from "@soporte/api/schemas";
import type { z } from "zod";
import { onFirstInteraction } from "@/lib/first-interaction";

type ApiSchemas = typeof schemas;

/** A loader of one of the API's schemas, for `useZodResolver`: `useZodResolver(apiSchema("profileSchema"))`. */
export function apiSchema<K extends keyof ApiSchemas>(name: K): () => Promise<ApiSchemas[K]> {
  return async () => (await import("@soporte/api/schemas"))[name];
}

/** zod, @hookform/resolvers and the translation of zod's issues: loaded with a form's first validation. */
const loadResolve = () => import("./zod-resolve");

/**
 * A react-hook-form resolver that validates with a zod schema, in the page's language. In a language
 * other than English:
 * - zod's default messages (a check written without one) come from `common.validation`;
 * - the schema's own messages are replaced as well, by the code ("too_small",
 *   "invalid_format"…), since schemas shared with the API (`@soporte/api/schemas`) speak English.
 *   A form whose schema is written with `t` passes `keepMessages: true` to keep them. Messages of
 *   `refine`s (code "custom") are always kept: write them with `t`.
 *
 * The schema comes from `load`, an `import()`: zod and the schemas are not part of the page's first
 * JavaScript: they load at the page's first interaction, well before a submit (or with the first
 * validation, should that come first). docs/page-weight.md.
 *
 * ```tsx
 * const form = useForm({ resolver: useZodResolver(apiSchema("profileSchema")), defaultValues });
 * ```
 */
export function useZodResolver<Input extends FieldValues, Output>(
  load: () => Promise<z.ZodType<Output, Input>>,
  { keepMessages = false }: { keepMessages?: boolean } = {},
): Resolver<Input, unknown, Output> {
  const t = useTranslations("common.validation");
  const locale = useLocale();
  const preload = useRef(load);
  useEffect(() => onFirstInteraction(() => void Promise.all([loadResolve(), preload.current()])), []);
  return async (values, context, options) => {
    const [{ translatedResolver }, schema] = await Promise.all([loadResolve(), load()]);
    return translatedResolver(schema, { locale, t, keepMessages })(values, context, options);
  };
}
