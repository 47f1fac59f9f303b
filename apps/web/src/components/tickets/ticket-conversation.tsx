"use client";

import { AlertCircle, MessagesSquare } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { UserAvatar } from "@/components/admin/users/user-avatar";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { useApiErrors } from "@/lib/api-errors";
import { formatDateTime, formatRelative } from "@/lib/format-time";
import { useViewerTimeZone } from "@/lib/use-hydrated";
import { api } from "@/trpc/react";
import { CommentComposer } from "./comment-composer";
import { CommentItem } from "./comment-item";
import { commentsListInput, type TicketDetailData } from "./ticket-types";

/** The description as the opening message, then the replies and notes oldest first, then the composer. */
export function TicketConversation({ ticket, viewerId }: { ticket: TicketDetailData; viewerId: string }) {
  const { describeApiError } = useApiErrors();
  const t = useTranslations("tickets.conversation");
  const locale = useLocale();
  // The ticket comes with the page's HTML: its times must read the same on the server and in the browser.
  const zone = useViewerTimeZone();
  const comments = api.comments.list.useInfiniteQuery(commentsListInput(ticket.id), {
    getNextPageParam: (last) => last.nextCursor,
  });
  const items = comments.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div className="grid gap-4">
      <article aria-label={t("description")} className="grid gap-3 rounded-lg border bg-card p-4">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <UserAvatar
            fullName={ticket.requester.fullName}
            color={ticket.requester.avatarColor}
            className="size-7 [&_span]:text-[11px]"
          />
          <span className="font-medium">{ticket.requester.fullName}</span>
          <span className="text-xs text-muted-foreground">
            {t.rich("opened", {
              when: formatRelative(ticket.createdAt, new Date(), locale),
              time: (chunks) => (
                <time
                  dateTime={ticket.createdAt.toISOString()}
                  title={formatDateTime(ticket.createdAt, locale, zone)}
                  suppressHydrationWarning
                >
                  {chunks}
                </time>
              ),
            })}
          </span>
        </div>
        <p className="text-sm break-words whitespace-pre-wrap" data-testid="ticket-description">
          {ticket.description}
        </p>
      </article>
      {comments.error ? (
        <Alert variant="destructive" role="alert">
          <AlertCircle aria-hidden />
          <AlertDescription>{t("loadError", { error: describeApiError(comments.error) })}</AlertDescription>
        </Alert>
      ) : comments.isPending ? (
        <Skeleton className="h-24 w-full" />
      ) : items.length === 0 ? (
        <p className="flex items-center gap-2 px-1 text-sm text-muted-foreground">
          <MessagesSquare className="size-4" aria-hidden />
          {t("empty")}
        </p>
      ) : (
        <ol aria-label={t("list")} className="grid gap-4">
          {items.map((comment) => (
            <CommentItem
              key={comment.id}
              comment={comment}
              ticketId={ticket.id}
              own={comment.author.id === viewerId}
              deletable={comment.author.id === viewerId || ticket.can.moderateComments}
            />
          ))}
        </ol>
      )}
      {comments.hasNextPage && (
        <Button
          type="button"
          variant="outline"
          className="w-fit"
          disabled={comments.isFetchingNextPage}
          onClick={() => void comments.fetchNextPage()}
        >
          {t("more")}
        </Button>
      )}
      <CommentComposer ticketId={ticket.id} canWriteNotes={ticket.can.internalNotes} />
    </div>
  );
}
