import type { Locale } from "@/i18n/locales";
import { formatMinutes } from "@/lib/format-duration";
import { dateFormat } from "@/lib/format-time";

/**
 * A median in minutes as people say it: "3 h 20 min", `underAMinute` ("under a minute"), or `none`
 * ("—") when there is none.
 */
export function formatMedian(minutes: number | null, words: { none: string; underAMinute: string }): string {
  if (minutes === null) return words.none;
  if (minutes < 1) return words.underAMinute;
  // Days and hours are enough once it is over a day.
  return formatMinutes(minutes >= 24 * 60 ? Math.round(minutes / 60) * 60 : minutes);
}

/** "4 Dec" ("4 dic") for a UTC day "2026-12-04". */
export function formatDay(day: string, locale: Locale): string {
  return dateFormat(locale, { day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
}
