"use client";

import { AlertCircle, ArrowRight, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { describeApiError } from "@/lib/api-errors";
import { TicketSummaryList, type TicketSummary } from "./ticket-summary-list";

/** How many tickets a card lists; its count covers the whole first page it fetched. */
export const CARD_ROWS = 5;

type QueueCardProps = {
  title: string;
  description: string;
  icon: LucideIcon;
  /** The tickets page with the card's filter, and what the link to it says. */
  href: string;
  linkLabel: string;
  query: { data?: { items: TicketSummary[]; nextCursor: string | null }; error: unknown };
  /** Which of the fetched tickets the card is about (all of them unless given). */
  select?: (tickets: TicketSummary[]) => TicketSummary[];
  show: "requester" | "assignee";
  /** Whether SLA states show (staff only). */
  sla: boolean;
  empty: string;
};

/** A dashboard card: a count, the first few tickets, and a link to all of them on the tickets page. */
export function QueueCard({
  title,
  description,
  icon: Icon,
  href,
  linkLabel,
  query,
  select,
  show,
  sla,
  empty,
}: QueueCardProps) {
  const all = query.data ? (select ? select(query.data.items) : query.data.items) : null;
  const more = Boolean(query.data?.nextCursor) && (!select || all?.length === query.data?.items.length);
  const headingId = `queue-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <Card aria-labelledby={headingId} role="region" data-testid={headingId}>
      <CardHeader>
        <CardTitle asHeading="h2" id={headingId} className="flex items-center gap-2">
          <Icon className="size-4 text-muted-foreground" aria-hidden />
          {title}
        </CardTitle>
        <CardDescription>{description}</CardDescription>
        <CardAction>
          <span
            className="text-2xl font-semibold tabular-nums"
            data-testid="queue-count"
            aria-label={`${all?.length ?? 0}${more ? " or more" : ""} tickets`}
          >
            {all ? `${all.length}${more ? "+" : ""}` : <Skeleton className="h-7 w-8" />}
          </span>
        </CardAction>
      </CardHeader>
      <CardContent className="grid flex-1 content-between gap-4">
        {query.error ? (
          <p className="flex items-center gap-2 text-sm text-destructive" role="alert">
            <AlertCircle className="size-4" aria-hidden />
            {describeApiError(query.error)}
          </p>
        ) : !all ? (
          <div className="grid gap-3" aria-busy="true" aria-label={`Loading ${title.toLowerCase()}`}>
            {Array.from({ length: 3 }, (_, row) => (
              <div key={row} className="grid gap-1.5">
                <Skeleton className="h-4 w-3/4" />
                <Skeleton className="h-3 w-1/2" />
              </div>
            ))}
          </div>
        ) : all.length === 0 ? (
          <p className="rounded-lg border border-dashed p-4 text-center text-sm text-muted-foreground">{empty}</p>
        ) : (
          <TicketSummaryList tickets={all.slice(0, CARD_ROWS)} show={show} sla={sla} />
        )}
        <Link
          href={href}
          className="flex items-center gap-1 justify-self-start rounded-sm text-sm font-medium text-primary hover:underline focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
        >
          {linkLabel}
          <ArrowRight className="size-4" aria-hidden />
        </Link>
      </CardContent>
    </Card>
  );
}
