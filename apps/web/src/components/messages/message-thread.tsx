"use client";

import { ArrowLeft, Megaphone } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { UserAvatar } from "@/components/admin/users/user-avatar";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { api } from "@/trpc/react";
import { useConversationTitle } from "./conversation-list";
import { MessageComposer } from "./message-composer";
import { MessageItem } from "./message-item";
import {
  conversationsInput,
  historyInput,
  type Message,
  type MessagesViewer,
  type ThreadTarget,
} from "./message-types";

/**
 * One conversation, oldest at the top and newest at the bottom, with earlier messages a click away;
 * read as soon as it is on screen. A first message to someone starts their conversation.
 */
export function MessageThread({
  target,
  viewer,
  onBack,
  onStarted,
}: {
  target: ThreadTarget;
  viewer: MessagesViewer;
  onBack: () => void;
  onStarted: (conversationId: string) => void;
}) {
  const t = useTranslations("messages.thread");
  const conversationTitle = useConversationTitle();
  const conversationId = "conversationId" in target ? target.conversationId : null;
  const utils = api.useUtils();
  const history = api.messages.history.useInfiniteQuery(historyInput(conversationId ?? ""), {
    enabled: conversationId !== null,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const conversations = api.messages.conversations.useInfiniteQuery(conversationsInput, {
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const conversation = conversations.data?.pages.flatMap((p) => p.items).find((c) => c.id === conversationId);
  const send = api.messages.send.useMutation();
  const broadcast = api.messages.broadcast.useMutation();
  const markRead = api.messages.markRead.useMutation();
  const [replyTo, setReplyTo] = useState<Message | null>(null);
  const end = useRef<HTMLDivElement>(null);

  const messages = (history.data?.pages.flatMap((page) => page.items) ?? []).reverse();
  const newest = messages.at(-1);
  const isBroadcast = conversation?.kind === "broadcast";
  const canWrite = isBroadcast ? viewer.broadcast : viewer.send;

  // Read once shown, and again as new messages arrive while it is open.
  useEffect(() => {
    if (!conversationId || !newest) return;
    markRead.mutate({ conversationId }, { onSuccess: () => void utils.messages.unreadCount.invalidate() });
    end.current?.scrollIntoView({ block: "end" });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per newest message
  }, [conversationId, newest?.id]);

  const onSend = async (body: string) => {
    const parentId = replyTo?.id;
    const sent =
      conversationId === null
        ? await send.mutateAsync({ recipientId: (target as { recipient: { id: string } }).recipient.id, body })
        : isBroadcast
          ? await broadcast.mutateAsync({ body })
          : await send.mutateAsync({ conversationId, body, parentId });
    setReplyTo(null);
    await Promise.all([
      utils.messages.history.invalidate({ conversationId: sent.conversationId }),
      utils.messages.conversations.invalidate(),
    ]);
    if (conversationId === null) onStarted(sent.conversationId);
  };

  const title =
    "recipient" in target
      ? target.recipient.fullName
      : conversation
        ? conversationTitle(conversation, viewer.id)
        : t("fallbackTitle");
  const other = "recipient" in target ? target.recipient : conversation?.members.find((m) => m.id !== viewer.id);

  return (
    <section
      aria-label={t("label", { name: title })}
      className="grid h-full min-h-[32rem] grid-rows-[auto_minmax(0,1fr)_auto]"
    >
      <header className="flex items-center gap-3 border-b px-4 py-3">
        <Button type="button" variant="ghost" size="icon" className="md:hidden" aria-label={t("back")} onClick={onBack}>
          <ArrowLeft aria-hidden />
        </Button>
        {isBroadcast ? (
          <Megaphone className="size-5 text-primary" aria-hidden />
        ) : other ? (
          <UserAvatar fullName={other.fullName} color={other.avatarColor} />
        ) : null}
        <h2 className="truncate font-semibold">{title}</h2>
      </header>
      <div className="overflow-y-auto py-2" aria-live="polite" aria-relevant="additions">
        {history.hasNextPage && (
          <div className="px-4 pb-2 text-center">
            <Button
              type="button"
              variant="outline"
              size="sm"
              disabled={history.isFetchingNextPage}
              onClick={() => void history.fetchNextPage()}
            >
              {t("earlier")}
            </Button>
          </div>
        )}
        {conversationId !== null && history.isPending ? (
          <div className="grid gap-3 p-4">
            <Skeleton className="h-12 w-2/3" />
            <Skeleton className="h-12 w-1/2" />
          </div>
        ) : messages.length === 0 ? (
          <p className="p-8 text-center text-sm text-muted-foreground">
            {conversationId === null ? t("writeFirst", { name: title }) : t("empty")}
          </p>
        ) : (
          <ol className="grid">
            {messages.map((message) => (
              <MessageItem
                key={message.id}
                message={message}
                own={message.sender.id === viewer.id}
                onReply={canWrite && !isBroadcast ? setReplyTo : undefined}
              />
            ))}
          </ol>
        )}
        <div ref={end} />
      </div>
      {canWrite ? (
        <MessageComposer
          label={isBroadcast ? t("composerAnnouncement") : t("composerTo", { name: title })}
          onSend={onSend}
          replyTo={replyTo}
          onCancelReply={() => setReplyTo(null)}
        />
      ) : (
        <p className="border-t p-3 text-center text-xs text-muted-foreground">
          {isBroadcast ? t("announcementsReadOnly") : t("readOnly")}
        </p>
      )}
    </section>
  );
}
