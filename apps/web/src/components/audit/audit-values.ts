import { formatDateTime } from "@/lib/format-time";

export type Change = { before: unknown; after: unknown };

/** The audit entry's `changes` ({ field: { before, after } }), whatever JSON it holds. */
export function changesOf(value: unknown): [string, Change][] {
  if (!value || typeof value !== "object" || Array.isArray(value)) return [];
  return Object.entries(value).filter((entry): entry is [string, Change] => {
    const change = entry[1] as unknown;
    return typeof change === "object" && change !== null && "before" in change && "after" in change;
  });
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * One recorded value as a person reads it: references (`{ id, name }`, people's `{ id, fullName }`)
 * by name, times in the viewer's zone, yes / no, lists joined.
 */
export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length ? value.map(showValue).join(", ") : "none";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (value instanceof Date) return formatDateTime(value);
  if (typeof value === "string" && ISO_TIME.test(value)) {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? value : formatDateTime(date);
  }
  if (typeof value === "object") {
    const named = value as { name?: unknown; fullName?: unknown };
    if (typeof named.name === "string") return named.name;
    if (typeof named.fullName === "string") return named.fullName;
    return JSON.stringify(value);
  }
  return String(value);
}

const FIELD_LABELS: Record<string, string> = {
  fullName: "name",
  nameEs: "Spanish name",
  isSuperuser: "superuser",
  isDefault: "default",
  organizationId: "organization",
  locationId: "location",
  categoryId: "category",
  avatarColor: "avatar colour",
  color: "colour",
  revokedSessions: "sessions ended",
  responseMinutes: "first response (min)",
  resolutionMinutes: "resolution (min)",
  responseDueAt: "response due",
  resolutionDueAt: "resolution due",
  firstResponseAt: "first response",
  resolvedAt: "resolved",
  closedAt: "closed",
  body: "text",
  internal: "internal note",
};

/** "problemType" → "problem type", unless it has a better name. */
export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

/** "status: New → Open" for the first change, and how many more there are. */
export function summarizeChanges(changes: unknown): string {
  const entries = changesOf(changes);
  const first = entries[0];
  if (!first) return "";
  const [field, change] = first;
  const text =
    change.before === null || change.before === undefined
      ? `${fieldLabel(field)}: ${showValue(change.after)}`
      : `${fieldLabel(field)}: ${showValue(change.before)} → ${showValue(change.after)}`;
  return entries.length > 1 ? `${text} (+${entries.length - 1} more)` : text;
}
