"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { UnreadBadge } from "@/components/messages/unread-badge";
import { cn } from "@/lib/utils";
import { NAV_SECTIONS, navFor, type NavViewer } from "./nav-items";

export function SidebarNav({ viewer, onNavigate }: { viewer: NavViewer; onNavigate?: () => void }) {
  const pathname = usePathname();
  const t = useTranslations("shell");
  return (
    <nav aria-label={t("mainNavigation")} className="grid gap-6">
      {navFor(viewer, NAV_SECTIONS).map((section) => (
        <div key={section.label} className="grid gap-1">
          <p className="px-3 text-xs font-medium tracking-wide text-sidebar-foreground/60 uppercase">
            {t(`nav.${section.label}`)}
          </p>
          {section.items.map((item) => {
            const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
            return (
              <Link
                key={item.href}
                href={item.href}
                onClick={onNavigate}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium text-sidebar-foreground/80 transition-colors",
                  "hover:bg-sidebar-accent hover:text-sidebar-accent-foreground focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none",
                  active && "bg-sidebar-accent text-sidebar-accent-foreground",
                )}
              >
                <item.icon className="size-4" aria-hidden />
                {t(`nav.${item.label}`)}
                {item.badge === "unread-messages" && <UnreadBadge className="ml-auto" />}
              </Link>
            );
          })}
        </div>
      ))}
    </nav>
  );
}
