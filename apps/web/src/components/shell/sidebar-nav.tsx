import { getTranslations } from "next-intl/server";
import { UnreadBadge } from "@/components/messages/unread-badge";
import { NAV_SECTIONS, navFor, type NavViewer } from "./nav-items";
import { NavLink } from "./nav-link";

/**
 * The navigation the viewer may use, rendered on the server: its icons and labels ship as markup, not
 * as code; only each link's "current page" mark and the unread count run in the browser.
 */
export async function SidebarNav({ viewer }: { viewer: NavViewer }) {
  const t = await getTranslations("shell");
  return (
    <nav aria-label={t("mainNavigation")} className="grid gap-6">
      {navFor(viewer, NAV_SECTIONS).map((section) => (
        <div key={section.label} className="grid gap-1">
          <p className="px-3 text-xs font-medium tracking-wide text-sidebar-foreground/60 uppercase">
            {t(`nav.${section.label}`)}
          </p>
          {section.items.map((item) => (
            <NavLink key={item.href} href={item.href}>
              <item.icon className="size-4" aria-hidden />
              {t(`nav.${item.label}`)}
              {item.badge === "unread-messages" && <UnreadBadge className="ml-auto" />}
            </NavLink>
          ))}
        </div>
      ))}
    </nav>
  );
}
