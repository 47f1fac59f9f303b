import { ArrowRight } from "lucide-react";
import { changesOf } from "@/components/admin/users/detail/activity-changes";
import { formatDateTime } from "@/lib/format-time";

const FIELD_LABELS: Record<string, string> = {
  problemType: "problem type",
  resolvedAt: "resolved",
  closedAt: "closed",
  resolutionDueAt: "resolution due",
  firstResponseAt: "first response",
  body: "text",
};

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A recorded value as a person reads it: references by name, times formatted, nothing as "—". */
export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length ? value.map(showValue).join(", ") : "none";
  if (typeof value === "object" && "name" in value && typeof value.name === "string") return value.name;
  if (typeof value === "string" && ISO_TIME.test(value)) {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? value : formatDateTime(date);
  }
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** "field: before → after" for each change of a ticket's audit entry; a new value alone when there was none. */
export function HistoryChanges({ changes }: { changes: unknown }) {
  const entries = changesOf(changes);
  if (entries.length === 0) return null;
  return (
    <dl className="grid gap-1 text-xs">
      {entries.map(([field, change]) => {
        const before = change.before === null || change.before === undefined ? null : showValue(change.before);
        return (
          <div key={field} className="flex min-w-0 flex-wrap items-baseline gap-x-1.5" data-field={field}>
            <dt className="text-muted-foreground">{FIELD_LABELS[field] ?? field}:</dt>
            <dd className="flex min-w-0 flex-wrap items-baseline gap-x-1.5">
              {before !== null && (
                <>
                  <span className="line-clamp-3 break-words text-muted-foreground line-through decoration-muted-foreground/50">
                    {before}
                  </span>
                  <ArrowRight className="size-3 shrink-0 self-center text-muted-foreground" aria-label="changed to" />
                </>
              )}
              <span className="line-clamp-3 font-medium break-words">{showValue(change.after)}</span>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
