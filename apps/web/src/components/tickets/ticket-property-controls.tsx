"use client";

import { Loader2 } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { formatDateTime, formatRelative } from "@/lib/format-time";
import { useViewerTimeZone } from "@/lib/use-hydrated";
import { useTagsMessages } from "./ticket-form";

/** One property of the sidebar: its name over its value (or the control that changes it). */
export function Property({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1.5">
      <dt className="text-xs font-medium text-muted-foreground">{label}</dt>
      <dd className="min-w-0 text-sm">{children}</dd>
    </div>
  );
}

export type Option = { value: string; label: string };

/** A select that saves as soon as another option is chosen. */
export function PropertySelect({
  label,
  value,
  options,
  emptyLabel,
  pending,
  onChange,
}: {
  label: string;
  value: string;
  options: Option[];
  /** The "none" option (value ""), when the property may be empty. */
  emptyLabel?: string;
  pending: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <NativeSelect
      aria-label={label}
      value={value}
      disabled={pending}
      aria-busy={pending}
      onChange={(event) => onChange(event.target.value)}
    >
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </NativeSelect>
  );
}

/** A time, relative with the exact one on hover; "—" when it has not happened. */
export function PropertyTime({ at, empty = "—" }: { at: Date | null; empty?: string }) {
  const locale = useLocale();
  const zone = useViewerTimeZone();
  if (!at) return <span className="text-muted-foreground">{empty}</span>;
  return (
    <time dateTime={at.toISOString()} title={formatRelative(at, new Date(), locale)} suppressHydrationWarning>
      {formatDateTime(at, locale, zone)}
    </time>
  );
}

/** The tags as one comma-separated field, checked with the API's schema before saving. */
export function TagsEditor({
  tags,
  pending,
  onSave,
}: {
  tags: string[];
  pending: boolean;
  onSave: (tags: string[]) => void;
}) {
  const t = useTranslations("tickets.tags");
  const messages = useTagsMessages();
  const [text, setText] = useState(tags.join(", "));
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    const { tagsTextSchema } = await import("./ticket-form-schema");
    const parsed = tagsTextSchema(messages).safeParse(text);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? messages.invalid);
    setError(null);
    onSave(parsed.data);
  };
  const changed = text.trim() !== tags.join(", ");
  return (
    <form
      className="grid gap-1.5"
      aria-label={t("form")}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div className="flex gap-2">
        <Input
          aria-label={t("input")}
          aria-invalid={error ? true : undefined}
          placeholder={t("placeholder")}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <Button type="submit" variant="outline" disabled={pending || !changed}>
          {pending && <Loader2 className="animate-spin" aria-hidden />}
          {t("save")}
        </Button>
      </div>
      {error && <p className="text-sm font-medium text-destructive">{error}</p>}
    </form>
  );
}
