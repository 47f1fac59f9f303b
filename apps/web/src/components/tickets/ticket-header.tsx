import { ArrowLeft, Trash2 } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useLocalizedName } from "@/lib/localized-name";
import { CatalogBadge, SlaBadge } from "./ticket-badges";
import type { TicketDetailData } from "./ticket-types";

/** "#1042", the title, the status and SLA badges, and delete for those who may. */
export function TicketHeader({ ticket, onDelete }: { ticket: TicketDetailData; onDelete?: () => void }) {
  const t = useTranslations("tickets.detail");
  const nameOf = useLocalizedName();
  return (
    <div className="grid gap-4">
      <Link
        href="/tickets"
        className="flex w-fit items-center gap-1.5 rounded-sm text-sm text-muted-foreground underline-offset-4 hover:text-foreground hover:underline"
      >
        <ArrowLeft className="size-4" aria-hidden />
        {t("back")}
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-x-6 gap-y-3">
        <div className="grid min-w-0 gap-2">
          <h1 className="text-2xl font-semibold tracking-tight break-words">
            <span className="mr-2 font-mono text-muted-foreground">#{ticket.number}</span>
            {ticket.title}
          </h1>
          <div className="flex flex-wrap items-center gap-2" data-testid="ticket-badges">
            <CatalogBadge name={nameOf(ticket.status)} color={ticket.status.color} />
            <SlaBadge state={ticket.sla.state} />
          </div>
        </div>
        {onDelete && (
          <Button type="button" variant="outline" onClick={onDelete}>
            <Trash2 aria-hidden />
            {t("delete")}
          </Button>
        )}
      </div>
    </div>
  );
}
