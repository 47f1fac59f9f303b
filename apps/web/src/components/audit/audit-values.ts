import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import type { Locale } from "@/i18n/locales";
import { formatDateTime } from "@/lib/format-time";
import { useViewerTimeZone } from "@/lib/use-hydrated";
import type { Messages } from "../../../messages/en";
import { isMessageName, type AuditLogT } from "./audit-actions";

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
function showValueWith(t: AuditLogT, locale: Locale, zone: string | undefined, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value))
    return value.length ? value.map((item) => showValueWith(t, locale, zone, item)).join(", ") : t("values.none");
  if (typeof value === "boolean") return value ? t("values.yes") : t("values.no");
  if (value instanceof Date) return formatDateTime(value, locale, zone);
  if (typeof value === "string" && ISO_TIME.test(value)) {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? value : formatDateTime(date, locale, zone);
  }
  if (typeof value === "object") {
    const named = value as { name?: unknown; fullName?: unknown };
    if (typeof named.name === "string") return named.name;
    if (typeof named.fullName === "string") return named.fullName;
    return JSON.stringify(value);
  }
  return String(value);
}

type FieldKey = `fields.${keyof Messages["audit"]["log"]["fields"]}`;

/** "problemType" → "problem type": its label, else its name in words. */
function fieldLabelWith(t: AuditLogT, field: string): string {
  const key = `fields.${field}` as FieldKey;
  if (isMessageName(field) && t.has(key)) return t(key);
  return field.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

/**
 * How audit values read in the page's language:
 * - `fieldLabel(field)`: "problemType" → "problem type";
 * - `showValue(value)`: one recorded value, as a person reads it;
 * - `summarizeChanges(changes)`: "status: New → Open" for the first change, and how many more there are.
 */
export function useAuditValues() {
  const t = useTranslations("audit.log");
  const locale = useLocale();
  // UTC while the server renders and the browser hydrates (the log's first page comes with the HTML).
  const zone = useViewerTimeZone();
  return useMemo(() => {
    const fieldLabel = (field: string) => fieldLabelWith(t, field);
    const showValue = (value: unknown) => showValueWith(t, locale, zone, value);
    const summarizeChanges = (changes: unknown): string => {
      const entries = changesOf(changes);
      const first = entries[0];
      if (!first) return "";
      const [field, change] = first;
      const text =
        change.before === null || change.before === undefined
          ? t("values.change", { field: fieldLabel(field), after: showValue(change.after) })
          : t("values.changeFromTo", {
              field: fieldLabel(field),
              before: showValue(change.before),
              after: showValue(change.after),
            });
      return entries.length > 1 ? t("values.more", { summary: text, count: entries.length - 1 }) : text;
    };
    return { fieldLabel, showValue, summarizeChanges };
  }, [t, locale, zone]);
}
