"use client";

import { AlertCircle, History, Lock } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { Messages } from "../../../messages/en";
import { UserAvatar } from "@/components/admin/users/user-avatar";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { useApiErrors } from "@/lib/api-errors";
import { formatDateTime, formatRelative } from "@/lib/format-time";
import { api } from "@/trpc/react";
import { AuditChanges } from "@/components/audit/audit-changes";
import type { HistoryEntry } from "./ticket-types";

/** A key of `tickets.history.entry`: "<actor>Ana</actor> opened the ticket"… */
type EntryKey = keyof Messages["tickets"]["history"]["entry"];

const ACTIONS: Record<string, EntryKey> = {
  "ticket.create": "ticketCreate",
  "ticket.update": "ticketUpdate",
  "ticket.assign": "ticketAssign",
  "ticket.status": "ticketStatus",
  "ticket.bulk_update": "ticketBulkUpdate",
  "ticket.delete": "ticketDelete",
};

/** The message of an entry; an action this page does not know shows as recorded ("other"). */
function entryKey(entry: HistoryEntry): EntryKey {
  const on = entry.internal ? "note" : "reply";
  if (entry.action === "comment.create") return `${on}Create`;
  if (entry.action === "comment.update") return `${on}Update`;
  if (entry.action === "comment.delete") return `${on}Delete`;
  return ACTIONS[entry.action] ?? "other";
}

/** Who changed what on the ticket and its conversation, newest first. */
export function TicketHistory({ ticketId }: { ticketId: string }) {
  const { describeApiError } = useApiErrors();
  const t = useTranslations("tickets.history");
  const locale = useLocale();
  const history = api.tickets.history.useInfiniteQuery(
    { id: ticketId, limit: 50 },
    { getNextPageParam: (last) => last.nextCursor },
  );
  if (history.error) {
    return (
      <Alert variant="destructive" role="alert">
        <AlertCircle aria-hidden />
        <AlertDescription>{t("loadError", { error: describeApiError(history.error) })}</AlertDescription>
      </Alert>
    );
  }
  if (history.isPending) return <Skeleton className="h-40 w-full" />;
  const entries = history.data.pages.flatMap((page) => page.items);
  if (entries.length === 0) {
    return (
      <div className="flex flex-col items-center gap-2 rounded-lg border border-dashed p-6 text-center text-sm text-muted-foreground">
        <History className="size-6" aria-hidden />
        {t("empty")}
      </div>
    );
  }
  return (
    <div className="grid gap-3">
      <ol aria-label={t("list")} className="grid divide-y rounded-lg border bg-card" data-testid="ticket-history">
        {entries.map((entry) => (
          <li key={entry.id} className="grid gap-2 p-3 text-sm">
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
              {entry.actor && (
                <UserAvatar
                  fullName={entry.actor.fullName}
                  color={entry.actor.avatarColor}
                  className="size-6 [&_span]:text-[10px]"
                />
              )}
              <p className="min-w-0">
                {t.rich(`entry.${entryKey(entry)}`, {
                  name: entry.actor?.fullName ?? t("system"),
                  action: entry.action,
                  actor: (chunks) => <span className="font-medium">{chunks}</span>,
                })}
              </p>
              {entry.internal && (
                <span className="flex items-center gap-1 text-xs font-medium text-amber-800 dark:text-amber-300">
                  <Lock className="size-3" aria-hidden />
                  {t("internal")}
                </span>
              )}
              <time
                dateTime={entry.createdAt.toISOString()}
                title={formatDateTime(entry.createdAt, locale)}
                className="ml-auto text-xs text-muted-foreground"
              >
                {formatRelative(entry.createdAt, new Date(), locale)}
              </time>
            </div>
            <AuditChanges changes={entry.changes} />
          </li>
        ))}
      </ol>
      {history.hasNextPage && (
        <Button
          type="button"
          variant="outline"
          className="w-fit"
          disabled={history.isFetchingNextPage}
          onClick={() => void history.fetchNextPage()}
        >
          {t("more")}
        </Button>
      )}
    </div>
  );
}
