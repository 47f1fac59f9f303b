"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { api } from "@/trpc/react";

/** The entry's ticket by number, linked; its id alone when the ticket is gone or not visible. */
export function AuditTicketLink({ ticketId }: { ticketId: string }) {
  const t = useTranslations("audit.log.entry");
  const ticket = api.tickets.get.useQuery({ id: ticketId }, { retry: false, staleTime: 60_000 });
  if (!ticket.data) {
    return (
      <span className="font-mono text-xs text-muted-foreground">
        {ticketId}
        {ticket.isError && ` ${t("ticketGone")}`}
      </span>
    );
  }
  return (
    <Link href={`/tickets/${ticket.data.number}`} className="font-medium text-primary hover:underline">
      #{ticket.data.number} {ticket.data.title}
    </Link>
  );
}
