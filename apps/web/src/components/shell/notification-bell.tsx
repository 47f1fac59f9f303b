"use client";

import { Bell } from "lucide-react";
import { useTranslations } from "next-intl";
import { lazy } from "react";
import { CountBadge } from "@/components/messages/unread-badge";
import { Button } from "@/components/ui/button";
import { DeferredDropdownMenu } from "@/components/ui/deferred-dropdown-menu";
import { useUnreadCount } from "@/components/live/live-bus";

const loadItems = () => import("./notification-bell-items");
const NotificationMenuContent = lazy(loadItems);

/** The bell in the header: the unread count (kept live); its menu lists the latest notifications. */
export function NotificationBell() {
  const t = useTranslations("notifications.bell");
  const total = useUnreadCount("notifications");
  return (
    <DeferredDropdownMenu
      preload={loadItems}
      trigger={
        <Button
          variant="ghost"
          size="icon"
          className="relative"
          aria-label={total ? t("labelUnread", { count: total }) : t("label")}
        >
          <Bell aria-hidden />
          {/* The button's label already says how many: the badge is for the eye only. */}
          <span aria-hidden>
            <CountBadge count={total} className="absolute -top-0.5 -right-0.5 h-4 min-w-4 px-1 text-[10px]" />
          </span>
        </Button>
      }
    >
      <NotificationMenuContent />
    </DeferredDropdownMenu>
  );
}
