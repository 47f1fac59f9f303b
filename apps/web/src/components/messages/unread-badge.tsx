"use client";

import { useTranslations } from "next-intl";
import { useUnreadCount } from "@/components/live/live-bus";
import { cn } from "@/lib/utils";

/** A round count of unread messages (nothing at zero). */
export function CountBadge({ count, className }: { count: number; className?: string }) {
  const t = useTranslations("messages.badge");
  if (count <= 0) return null;
  return (
    <span
      className={cn(
        "inline-flex h-5 min-w-5 shrink-0 items-center justify-center rounded-full bg-primary px-1.5 text-[11px] font-semibold text-primary-foreground tabular-nums",
        className,
      )}
    >
      {count > 99 ? "99+" : count}
      <span className="sr-only"> {t("unread")}</span>
    </span>
  );
}

/** The viewer's unread messages in all conversations (kept live by the tab's stream, live-stream.tsx). */
export function UnreadBadge({ className }: { className?: string }) {
  const total = useUnreadCount("messages");
  return (
    <span data-testid="unread-messages" className="contents">
      <CountBadge count={total} className={className} />
    </span>
  );
}
