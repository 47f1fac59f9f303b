"use client";

import { AlertCircle, History, Lock } from "lucide-react";
import { UserAvatar } from "@/components/admin/users/user-avatar";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { describeApiError } from "@/lib/api-errors";
import { formatDateTime, formatRelative } from "@/lib/format-time";
import { api } from "@/trpc/react";
import { AuditChanges } from "@/components/audit/audit-changes";
import type { HistoryEntry } from "./ticket-types";

const ACTIONS: Record<string, string> = {
  "ticket.create": "opened the ticket",
  "ticket.update": "changed the ticket",
  "ticket.assign": "changed the assignee",
  "ticket.status": "changed the status",
  "ticket.bulk_update": "changed the ticket in a bulk update",
  "ticket.delete": "deleted the ticket",
};

function describe(entry: HistoryEntry): string {
  const kind = entry.internal ? "an internal note" : "a reply";
  if (entry.action === "comment.create") return entry.internal ? "added an internal note" : "replied";
  if (entry.action === "comment.update") return `edited ${kind}`;
  if (entry.action === "comment.delete") return `deleted ${kind}`;
  return ACTIONS[entry.action] ?? entry.action;
}

/** Who changed what on the ticket and its conversation, newest first. */
export function TicketHistory({ ticketId }: { ticketId: string }) {
  const history = api.tickets.history.useInfiniteQuery(
    { id: ticketId, limit: 50 },
    { getNextPageParam: (last) => last.nextCursor },
  );
  if (history.error) {
    return (
      <Alert variant="destructive" role="alert">
        <AlertCircle aria-hidden />
        <AlertDescription>Could not load the history: {describeApiError(history.error)}</AlertDescription>
      </Alert>
    );
  }
  if (history.isPending) return <Skeleton className="h-40 w-full" />;
  const entries = history.data.pages.flatMap((page) => page.items);
  if (entries.length === 0) {
    return (
      <div className="flex flex-col items-center gap-2 rounded-lg border border-dashed p-6 text-center text-sm text-muted-foreground">
        <History className="size-6" aria-hidden />
        Nothing recorded yet.
      </div>
    );
  }
  return (
    <div className="grid gap-3">
      <ol aria-label="History" className="grid divide-y rounded-lg border bg-card" data-testid="ticket-history">
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
                <span className="font-medium">{entry.actor?.fullName ?? "The system"}</span> {describe(entry)}
              </p>
              {entry.internal && (
                <span className="flex items-center gap-1 text-xs font-medium text-amber-800 dark:text-amber-300">
                  <Lock className="size-3" aria-hidden />
                  Internal
                </span>
              )}
              <time
                dateTime={entry.createdAt.toISOString()}
                title={formatDateTime(entry.createdAt)}
                className="ml-auto text-xs text-muted-foreground"
              >
                {formatRelative(entry.createdAt)}
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
          Show older changes
        </Button>
      )}
    </div>
  );
}
