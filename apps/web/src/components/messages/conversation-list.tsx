"use client";

import { Megaphone, MessagesSquare } from "lucide-react";
import { useTranslations } from "next-intl";
import { UserAvatar } from "@/components/admin/users/user-avatar";
import { EmptyState } from "@/components/data-table/empty-state";
import { TimeCell } from "@/components/data-table/time-cell";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/lib/utils";
import { api } from "@/trpc/react";
import { conversationsInput, type Conversation } from "./message-types";
import { CountBadge } from "./unread-badge";

/** Who a conversation is with, as its list row and thread header name it: `title(conversation, viewerId)`. */
export function useConversationTitle() {
  const t = useTranslations("messages.list");
  return (conversation: Pick<Conversation, "kind" | "members">, viewerId: string) => {
    if (conversation.kind === "broadcast") return t("announcements");
    const others = conversation.members.filter((m) => m.id !== viewerId);
    return others.map((m) => m.fullName).join(", ") || t("onlyYou");
  };
}

/** The viewer's conversations, latest first: who, the last message, unread count. */
export function ConversationList({
  viewerId,
  selected,
  onSelect,
  className,
}: {
  viewerId: string;
  selected: string | null;
  onSelect: (id: string) => void;
  className?: string;
}) {
  const t = useTranslations("messages.list");
  const conversationTitle = useConversationTitle();
  const list = api.messages.conversations.useInfiniteQuery(conversationsInput, {
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const conversations = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <nav aria-label={t("label")} className={cn("flex min-w-0 flex-col overflow-y-auto", className)}>
      {list.isPending ? (
        <div className="grid gap-3 p-4">
          {Array.from({ length: 4 }, (_, i) => (
            <Skeleton key={i} className="h-14 w-full" />
          ))}
        </div>
      ) : conversations.length === 0 ? (
        <EmptyState icon={MessagesSquare} title={t("emptyTitle")} description={t("emptyDescription")} />
      ) : (
        <ul className="min-w-0 divide-y">
          {conversations.map((conversation) => {
            const other = conversation.members.find((m) => m.id !== viewerId);
            const last = conversation.lastMessage;
            const active = conversation.id === selected;
            return (
              <li key={conversation.id}>
                <button
                  type="button"
                  onClick={() => onSelect(conversation.id)}
                  aria-current={active ? "true" : undefined}
                  className={cn(
                    "flex w-full items-start gap-3 px-4 py-3 text-left transition-colors hover:bg-accent/60 focus-visible:bg-accent focus-visible:outline-none",
                    active && "bg-accent",
                  )}
                >
                  {conversation.kind === "broadcast" ? (
                    <span className="grid size-8 shrink-0 place-items-center rounded-full bg-primary/10 text-primary">
                      <Megaphone className="size-4" aria-hidden />
                    </span>
                  ) : (
                    <UserAvatar fullName={other?.fullName ?? "?"} color={other?.avatarColor ?? "#64748b"} />
                  )}
                  <span className="grid min-w-0 flex-1 gap-0.5">
                    <span className="flex min-w-0 items-baseline justify-between gap-2">
                      <span
                        className={cn(
                          "truncate text-sm",
                          conversation.unreadCount > 0 ? "font-semibold" : "font-medium",
                        )}
                      >
                        {conversationTitle(conversation, viewerId)}
                      </span>
                      {last && (
                        <TimeCell at={last.createdAt} relative className="shrink-0 text-xs text-muted-foreground" />
                      )}
                    </span>
                    <span className="flex min-w-0 items-center justify-between gap-2">
                      <span className="truncate text-xs text-muted-foreground">
                        {last
                          ? last.deletedAt
                            ? t("deleted")
                            : last.sender.id === viewerId
                              ? t("fromYou", { body: last.body })
                              : last.body
                          : t("noMessages")}
                      </span>
                      <CountBadge count={conversation.unreadCount} />
                    </span>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {list.hasNextPage && (
        <div className="p-3">
          <Button
            type="button"
            variant="outline"
            size="sm"
            className="w-full"
            onClick={() => void list.fetchNextPage()}
          >
            {t("older")}
          </Button>
        </div>
      )}
    </nav>
  );
}
