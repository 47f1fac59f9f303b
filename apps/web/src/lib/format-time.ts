import type { Locale } from "@/i18n/locales";

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/** How each language of the app writes dates: British English (day before month), Spain's Spanish. */
const DATE_LOCALES: Record<Locale, string> = { en: "en-GB", es: "es-ES" };
const JUST_NOW: Record<Locale, string> = { en: "just now", es: "ahora mismo" };

/**
 * One formatter per language and style, made once: building an `Intl` formatter costs far more than
 * using it, and a table formats a date in every row.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter as T;
}
const relativeFormat = (locale: Locale) =>
  cached(`relative:${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: "auto" }));
/** A date formatter of the app's way of writing dates in `locale`, made once per set of options. */
export const dateFormat = (locale: Locale, options: Intl.DateTimeFormatOptions) =>
  cached(`date:${locale}:${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(DATE_LOCALES[locale], options));

/** "just now", "5 minutes ago", "yesterday", "in 3 days" ("hace 5 minutos", "ayer"…) — in the largest unit that fits. */
export function formatRelative(date: Date, now: Date = new Date(), locale: Locale = "en"): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  if (Math.abs(seconds) < 45) return JUST_NOW[locale];
  const format = relativeFormat(locale);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(Math.round(seconds / 60), "minute");
}

/** "21 Nov 2026, 14:05" in the viewer's time zone (or `timeZone`). */
export function formatDateTime(date: Date, locale: Locale = "en", timeZone?: string): string {
  return dateFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(date);
}

/** "21 November 2026". */
export function formatDate(date: Date, locale: Locale = "en"): string {
  return dateFormat(locale, { dateStyle: "long" }).format(date);
}

/** "21 Nov 2026", for table cells, in the viewer's time zone (or `timeZone`). */
export function formatShortDate(date: Date, locale: Locale = "en", timeZone?: string): string {
  return dateFormat(locale, { dateStyle: "medium", timeZone }).format(date);
}
