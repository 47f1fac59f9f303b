import { formatMinutes } from "@/lib/format-duration";

/** A median in minutes as people say it: "3 h 20 min", "under a minute", "—" when there is none. */
export function formatMedian(minutes: number | null): string {
  if (minutes === null) return "—";
  if (minutes < 1) return "under a minute";
  // Days and hours are enough once it is over a day.
  return formatMinutes(minutes >= 24 * 60 ? Math.round(minutes / 60) * 60 : minutes);
}

/** "4 Dec" for a UTC day "2026-12-04". */
export function formatDay(day: string): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );
}
