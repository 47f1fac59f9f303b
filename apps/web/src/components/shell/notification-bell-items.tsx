"use client";

import type { RouterOutputs } from "@soporte/api";
import { CheckCheck, Megaphone, MessageSquareReply, UserRoundCheck } from "lucide-react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import {
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
} from "@/components/ui/dropdown-menu";
import { formatRelative } from "@/lib/format-time";
import { cn } from "@/lib/utils";
import { api, TRPCReactProvider } from "@/trpc/react";

type Notification = RouterOutputs["notifications"]["list"]["items"][number];

/** `message`: a key of `notifications.bell.kinds`. */
const KINDS = {
  "ticket.assigned": { icon: UserRoundCheck, message: "assigned" },
  "ticket.reply": { icon: MessageSquareReply, message: "reply" },
  announcement: { icon: Megaphone, message: "announcement" },
} as const;

function kindOf(notification: Notification) {
  return KINDS[notification.kind as keyof typeof KINDS] ?? KINDS["ticket.reply"];
}

function linkOf(notification: Notification) {
  if (notification.ticketNumber) return `/tickets/${notification.ticketNumber}`;
  if (notification.conversationId) return `/messages?c=${notification.conversationId}`;
  return null;
}

/** The bell's menu (notification-bell.tsx): the latest notifications; mark one or all read. */
export default function NotificationMenu() {
  // A menu loads after the page: it brings the API client (the shell has none above it).
  return (
    <TRPCReactProvider>
      <NotificationMenuContent />
    </TRPCReactProvider>
  );
}

function NotificationMenuContent() {
  const router = useRouter();
  const t = useTranslations("notifications.bell");
  const locale = useLocale();
  const utils = api.useUtils();
  const unread = api.notifications.unreadCount.useQuery(undefined, { staleTime: 60_000 });
  const list = api.notifications.list.useQuery({ limit: 10 }, { staleTime: 60_000 });
  const refresh = () =>
    Promise.all([utils.notifications.unreadCount.invalidate(), utils.notifications.list.invalidate()]);
  const markRead = api.notifications.markRead.useMutation({ onSettled: refresh });
  const markAll = api.notifications.markAllRead.useMutation({ onSettled: refresh });
  const total = unread.data?.total ?? 0;
  const items = list.data?.items ?? [];

  return (
    <DropdownMenuContent align="end" className="w-80 max-w-[calc(100vw-2rem)]">
      <div className="flex items-center justify-between gap-2 px-2 py-1">
        <DropdownMenuLabel className="p-0">{t("title")}</DropdownMenuLabel>
        <Button
          type="button"
          variant="ghost"
          size="sm"
          className="h-7"
          disabled={total === 0 || markAll.isPending}
          onClick={() => markAll.mutate()}
        >
          <CheckCheck aria-hidden />
          {t("markAllRead")}
        </Button>
      </div>
      <DropdownMenuSeparator />
      {items.length === 0 ? (
        <p className="px-2 py-6 text-center text-sm text-muted-foreground">{t("empty")}</p>
      ) : (
        items.map((notification) => {
          const { icon: Icon, message } = kindOf(notification);
          const href = linkOf(notification);
          return (
            <DropdownMenuItem
              key={notification.id}
              data-testid="notification"
              className="items-start gap-3 py-2"
              onSelect={() => {
                if (!notification.readAt) markRead.mutate({ id: notification.id });
                if (href) router.push(href);
              }}
            >
              <Icon className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden />
              <span className="grid min-w-0 flex-1 gap-0.5">
                <span className={cn("text-sm break-words", !notification.readAt && "font-medium")}>
                  {t.rich(`kinds.${message}`, {
                    who: notification.actorName ?? t("someone"),
                    text: notification.text,
                    muted: (chunks) => <span className="text-muted-foreground">{chunks}</span>,
                  })}
                </span>
                <span className="text-xs text-muted-foreground">
                  {formatRelative(notification.createdAt, new Date(), locale)}
                </span>
              </span>
              {!notification.readAt && (
                <span className="mt-1.5 size-2 shrink-0 rounded-full bg-primary" aria-label={t("unread")} />
              )}
            </DropdownMenuItem>
          );
        })
      )}
    </DropdownMenuContent>
  );
}
