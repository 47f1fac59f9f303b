import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/utils";
import type { SlaState } from "./ticket-types";

/**
 * A catalog item (status, priority, criticality) as a badge: a dot in its colour on a light tint of
 * it, with the page's text colour, so any catalog colour stays readable in light and dark.
 */
export function CatalogBadge({ name, color, className }: { name: string; color: string | null; className?: string }) {
  const tint = color ?? "var(--muted-foreground)";
  return (
    <Badge
      variant="outline"
      title={name}
      className={cn("justify-start gap-1.5 text-foreground", className)}
      style={{
        backgroundColor: `color-mix(in oklab, ${tint} 14%, transparent)`,
        borderColor: `color-mix(in oklab, ${tint} 45%, transparent)`,
      }}
    >
      <span aria-hidden className="size-2 shrink-0 rounded-full" style={{ backgroundColor: tint }} />
      <span className="min-w-0 truncate">{name}</span>
    </Badge>
  );
}

/** The key of each SLA state's label in `tickets.sla`. */
const SLA_LABELS = {
  ok: "ok",
  due_soon: "dueSoon",
  breached: "breached",
  met: "met",
} as const satisfies Record<SlaState, string>;

const SLA_CLASSES: Record<SlaState, string> = {
  ok: "border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-800 dark:bg-sky-950/60 dark:text-sky-200",
  due_soon:
    "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-200",
  breached: "border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950/60 dark:text-red-200",
  met: "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950/60 dark:text-emerald-200",
};

/** The SLA state of a ticket: on track, due soon, breached, or met once resolved in time. */
export function SlaBadge({ state, className }: { state: SlaState; className?: string }) {
  const t = useTranslations("tickets.sla");
  return (
    <Badge variant="outline" data-sla={state} className={cn(SLA_CLASSES[state], className)}>
      {t(SLA_LABELS[state])}
    </Badge>
  );
}
