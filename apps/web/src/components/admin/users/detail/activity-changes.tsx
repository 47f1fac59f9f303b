import { ArrowRight } from "lucide-react";

type Change = { before: unknown; after: unknown };

/** The audit entry's `changes` ({ field: { before, after } }), whatever JSON it holds. */
export function changesOf(value: unknown): [string, Change][] {
  if (!value || typeof value !== "object" || Array.isArray(value)) return [];
  return Object.entries(value).filter((entry): entry is [string, Change] => {
    const change = entry[1] as unknown;
    return typeof change === "object" && change !== null && "before" in change && "after" in change;
  });
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length ? value.map(show).join(", ") : "none";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

const FIELD_LABELS: Record<string, string> = {
  fullName: "name",
  isSuperuser: "superuser",
  organizationId: "organization",
  locationId: "location",
  avatarColor: "avatar colour",
  revokedSessions: "sessions ended",
};

/** "field: before → after" for each changed field. */
export function ActivityChanges({ changes }: { changes: unknown }) {
  const entries = changesOf(changes);
  if (entries.length === 0) return null;
  return (
    <dl className="grid gap-1 text-xs">
      {entries.map(([field, change]) => (
        <div key={field} className="flex min-w-0 flex-wrap items-baseline gap-x-1.5">
          <dt className="text-muted-foreground">{FIELD_LABELS[field] ?? field}:</dt>
          <dd className="flex min-w-0 flex-wrap items-baseline gap-x-1.5">
            <span className="break-all text-muted-foreground line-through decoration-muted-foreground/50">
              {show(change.before)}
            </span>
            <ArrowRight className="size-3 shrink-0 self-center text-muted-foreground" aria-label="changed to" />
            <span className="font-medium break-all">{show(change.after)}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
