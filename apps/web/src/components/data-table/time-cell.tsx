"use client";

import { useLocale } from "next-intl";
import { formatDateTime, formatRelative, formatShortDate } from "@/lib/format-time";
import { useViewerTimeZone } from "@/lib/use-hydrated";

/**
 * A time in the viewer's time zone. The server renders a list's first page too (its page prefetches
 * the rows): until hydrated, a date shows in UTC, which the server and the browser agree on,
 * and a relative time ("5 minutes ago") may differ by the seconds between render and hydration.
 */
export function TimeCell({ at, relative = false, className }: { at: Date; relative?: boolean; className?: string }) {
  const locale = useLocale();
  const zone = useViewerTimeZone();
  return (
    <time
      dateTime={at.toISOString()}
      title={formatDateTime(at, locale, zone)}
      className={className}
      suppressHydrationWarning
    >
      {relative ? formatRelative(at, new Date(), locale) : formatShortDate(at, locale, zone)}
    </time>
  );
}
