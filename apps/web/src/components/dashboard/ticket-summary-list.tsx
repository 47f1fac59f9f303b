import type { RouterOutputs } from "@soporte/api";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { formatRelative } from "@/lib/format-time";
import { useLocalizedName } from "@/lib/localized-name";

export type TicketSummary = RouterOutputs["tickets"]["list"]["items"][number];

/** `label`: a key of `dashboard.summary`. */
const SLA_BADGES = {
  breached: { label: "breached", variant: "destructive" },
  due_soon: { label: "dueSoon", variant: "warning" },
} as const;

/** A dot in the catalog item's colour before its name (status, priority). */
function Swatch({ color }: { color: string }) {
  return <span aria-hidden className="size-2 shrink-0 rounded-full" style={{ backgroundColor: color }} />;
}

/**
 * A few tickets as links to their pages: number, title, status, priority, who requested it or who
 * works on it, and for staff the SLA when it needs attention.
 */
export function TicketSummaryList({
  tickets,
  show,
  sla: showSla,
}: {
  tickets: TicketSummary[];
  show: "requester" | "assignee";
  sla: boolean;
}) {
  const t = useTranslations("dashboard.summary");
  const locale = useLocale();
  const nameOf = useLocalizedName();
  const now = new Date();
  return (
    <ul className="grid divide-y" data-testid="ticket-summary-list">
      {tickets.map((ticket) => {
        const sla =
          showSla && (ticket.sla.state === "breached" || ticket.sla.state === "due_soon")
            ? SLA_BADGES[ticket.sla.state]
            : null;
        const person =
          show === "requester"
            ? t("from", { name: ticket.requester.fullName })
            : ticket.assignee
              ? t("with", { name: ticket.assignee.fullName })
              : t("notAssigned");
        return (
          <li key={ticket.id} className="grid gap-1 py-2.5 first:pt-0 last:pb-0">
            <Link
              href={`/tickets/${ticket.number}`}
              className="flex min-w-0 items-baseline gap-2 rounded-sm text-sm font-medium hover:underline focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
            >
              <span className="shrink-0 text-muted-foreground tabular-nums">#{ticket.number}</span>
              <span className="truncate">{ticket.title}</span>
            </Link>
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted-foreground">
              <span className="flex items-center gap-1.5">
                <Swatch color={ticket.status.color} />
                {nameOf(ticket.status)}
              </span>
              <span className="flex items-center gap-1.5">
                <Swatch color={ticket.priority.color} />
                {nameOf(ticket.priority)}
              </span>
              <span className="truncate">{person}</span>
              <time dateTime={ticket.updatedAt.toISOString()}>
                {t("updated", { time: formatRelative(ticket.updatedAt, now, locale) })}
              </time>
              {sla && <Badge variant={sla.variant}>{t(sla.label)}</Badge>}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
