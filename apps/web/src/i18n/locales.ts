// The languages of the web app, and how a request's language is chosen (docs/i18n.md).

import { LOCALES } from "@soporte/api/constants";

// The profile's `locale` takes the same values (the API's schema is the one list).
export { LOCALES };
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Remembers the language chosen before signing in (and for the sign-in page itself). */
export const LOCALE_COOKIE = "NEXT_LOCALE";

/** Each language named in itself, for the switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", es: "Español" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The best of our languages for an `Accept-Language` header ("es-ES,es;q=0.9,en;q=0.8"), or null. */
export function fromAcceptLanguage(header: string | null): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      return { language: tag.trim().toLowerCase().split("-")[0], q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => entry.language).find(isLocale) ?? null;
}

/** The signed-in user's profile language, else the cookie, else the browser's languages, else English. */
export function pickLocale(opts: {
  profile?: string | null;
  cookie?: string | null;
  acceptLanguage?: string | null;
}): Locale {
  if (isLocale(opts.profile)) return opts.profile;
  if (isLocale(opts.cookie)) return opts.cookie;
  return fromAcceptLanguage(opts.acceptLanguage ?? null) ?? DEFAULT_LOCALE;
}
