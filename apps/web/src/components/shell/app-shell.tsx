import { LifeBuoy } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LiveEvents } from "@/components/live/live-events";
import { HydrateLater } from "@/components/ui/hydrate-later";
import { ThemeToggle } from "@/components/ui/theme-toggle";
import { MobileNav } from "./mobile-nav";
import { NotificationBell } from "./notification-bell";
import type { NavViewer } from "./nav-items";
import { SidebarNav } from "./sidebar-nav";
import { UserMenu, type MenuUser } from "./user-menu";

export async function AppShell({ user, children }: { user: MenuUser & NavViewer; children: ReactNode }) {
  const t = await getTranslations("shell");
  const viewer: NavViewer = { isSuperuser: user.isSuperuser, permissions: user.permissions };
  return (
    <>
      <LiveEvents />
      {/* The first stop for the keyboard: past the navigation, straight to the page. */}
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-background focus:px-3 focus:py-2 focus:text-sm focus:font-medium focus:shadow-md focus:ring-2 focus:ring-ring"
      >
        {t("skipToContent")}
      </a>
      <div className="flex min-h-dvh">
        <aside className="hidden w-60 shrink-0 flex-col border-r bg-sidebar text-sidebar-foreground md:flex">
          <Link href="/dashboard" className="flex h-14 items-center gap-2 border-b px-5 font-semibold tracking-tight">
            <LifeBuoy className="size-5 text-primary" aria-hidden />
            Soporte
          </Link>
          <div className="flex-1 overflow-y-auto px-3 py-4">
            <HydrateLater>
              <SidebarNav viewer={viewer} />
            </HydrateLater>
          </div>
        </aside>
        <div className="flex min-w-0 flex-1 flex-col">
          {/* Above the page (z-30): the phone's navigation panel opens from it over the content. */}
          <header className="relative z-30 flex h-14 items-center gap-2 border-b bg-background/95 px-4 backdrop-blur md:px-6">
            <HydrateLater>
              <MobileNav>
                <SidebarNav viewer={viewer} />
              </MobileNav>
            </HydrateLater>
            <Link href="/dashboard" className="flex items-center gap-2 font-semibold md:hidden">
              <LifeBuoy className="size-5 text-primary" aria-hidden />
              Soporte
            </Link>
            <div className="ml-auto flex items-center gap-1">
              <HydrateLater>
                <NotificationBell />
                <ThemeToggle />
                <UserMenu user={user} staff={user.isSuperuser || user.permissions.includes("tickets.read.all")} />
              </HydrateLater>
            </div>
          </header>
          <main id="main" tabIndex={-1} className="flex-1 px-4 py-6 outline-none md:px-8">
            <HydrateLater>{children}</HydrateLater>
          </main>
        </div>
      </div>
    </>
  );
}
