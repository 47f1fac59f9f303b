import { AlertCircle, ArrowRight, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { TicketSummaryList, type TicketSummary } from "./ticket-summary-list";

/** How many tickets a card lists; its count covers the whole first page it fetched. */
export const CARD_ROWS = 5;

export type QueueCardProps = {
  /** Names the card for tests and its heading's id, in any language: "assigned-to-me" → `queue-assigned-to-me`. */
  id: string;
  title: string;
  description: string;
  icon: LucideIcon;
  /** The tickets page with the card's filter, and what the link to it says. */
  href: string;
  linkLabel: string;
  /** The first page of the card's tickets, or null when it could not load. */
  page: { items: TicketSummary[]; nextCursor: string | null } | null;
  /** Which of the fetched tickets the card is about (all of them unless given). */
  select?: (tickets: TicketSummary[]) => TicketSummary[];
  show: "requester" | "assignee";
  /** Whether SLA states show (staff only). */
  sla: boolean;
  empty: string;
};

/**
 * A dashboard card: a count, the first few tickets, and a link to all of them on the tickets page.
 * `QueueCardSkeleton` stands in for it while its tickets load.
 */
export function QueueCard({
  id,
  title,
  description,
  icon,
  href,
  linkLabel,
  page,
  select,
  show,
  sla,
  empty,
}: QueueCardProps) {
  const t = useTranslations();
  const all = page ? (select ? select(page.items) : page.items) : [];
  const more = Boolean(page?.nextCursor) && (!select || all.length === page?.items.length);
  return (
    <QueueCardFrame
      id={id}
      title={title}
      description={description}
      icon={icon}
      href={href}
      linkLabel={linkLabel}
      count={page && t(more ? "dashboard.queue.countOrMore" : "dashboard.queue.count", { count: all.length })}
      shown={page ? `${all.length}${more ? "+" : ""}` : "—"}
    >
      {!page ? (
        <p className="flex items-center gap-2 text-sm text-destructive" role="alert">
          <AlertCircle className="size-4" aria-hidden />
          {t("errors.failed")}
        </p>
      ) : all.length === 0 ? (
        <p className="rounded-lg border border-dashed p-4 text-center text-sm text-muted-foreground">{empty}</p>
      ) : (
        <TicketSummaryList tickets={all.slice(0, CARD_ROWS)} show={show} sla={sla} />
      )}
    </QueueCardFrame>
  );
}

type FrameProps = Pick<QueueCardProps, "id" | "title" | "description" | "icon" | "href" | "linkLabel">;

/** A queue card while its tickets load. */
export function QueueCardSkeleton(props: FrameProps) {
  const t = useTranslations("dashboard.queue");
  const locale = useLocale();
  return (
    <QueueCardFrame {...props} count={null} shown={null}>
      <div
        className="grid gap-3"
        aria-busy="true"
        aria-label={t("loading", { title: props.title.toLocaleLowerCase(locale) })}
      >
        {Array.from({ length: 3 }, (_, row) => (
          <div key={row} className="grid gap-1.5">
            <Skeleton className="h-4 w-3/4" />
            <Skeleton className="h-3 w-1/2" />
          </div>
        ))}
      </div>
    </QueueCardFrame>
  );
}

function QueueCardFrame({
  id,
  title,
  description,
  icon: Icon,
  href,
  linkLabel,
  count,
  shown,
  children,
}: FrameProps & { count: string | null; shown: string | null; children: ReactNode }) {
  const headingId = `queue-${id}`;
  return (
    <Card aria-labelledby={headingId} role="region" data-testid={headingId}>
      <CardHeader>
        <CardTitle asHeading="h2" id={headingId} className="flex items-center gap-2">
          <Icon className="size-4 text-muted-foreground" aria-hidden />
          {title}
        </CardTitle>
        <CardDescription>{description}</CardDescription>
        <CardAction>
          <span className="text-2xl font-semibold tabular-nums" data-testid="queue-count" aria-label={count ?? undefined}>
            {shown ?? <Skeleton className="h-7 w-8" />}
          </span>
        </CardAction>
      </CardHeader>
      <CardContent className="grid flex-1 content-between gap-4">
        {children}
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
