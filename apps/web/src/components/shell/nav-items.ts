import type { Permission } from "@soporte/api";
import type { Messages } from "../../../messages/en";
import {
  Activity,
  Building2,
  History,
  ListChecks,
  Ticket,
  KeyRound,
  LayoutDashboard,
  MessagesSquare,
  MapPin,
  MonitorSmartphone,
  Settings,
  ShieldCheck,
  UserRound,
  UsersRound,
  type LucideIcon,
} from "lucide-react";

/** A key of `shell.nav` in the catalogues. */
export type NavLabel = keyof Messages["shell"]["nav"];

export type NavItem = {
  href: string;
  label: NavLabel;
  icon: LucideIcon;
  /** Shown only to users holding this permission (superusers see everything). */
  permission?: Permission;
  /** A live count beside the label. */
  badge?: "unread-messages";
};

export type NavSection = { label: NavLabel; items: NavItem[] };

export const NAV_SECTIONS: NavSection[] = [
  {
    label: "workspace",
    items: [
      { href: "/dashboard", label: "dashboard", icon: LayoutDashboard },
      { href: "/tickets", label: "tickets", icon: Ticket },
      { href: "/messages", label: "messages", icon: MessagesSquare, badge: "unread-messages" },
    ],
  },
  {
    label: "account",
    items: [
      { href: "/account/profile", label: "profile", icon: UserRound },
      { href: "/account/password", label: "password", icon: KeyRound },
      { href: "/account/sessions", label: "sessions", icon: MonitorSmartphone },
    ],
  },
  {
    label: "administration",
    items: [
      { href: "/admin/users", label: "users", icon: UsersRound, permission: "users.manage" },
      { href: "/admin/roles", label: "roles", icon: ShieldCheck, permission: "roles.manage" },
      { href: "/admin/organizations", label: "organizations", icon: Building2, permission: "organizations.manage" },
      { href: "/admin/locations", label: "locations", icon: MapPin, permission: "organizations.manage" },
      { href: "/admin/catalogs", label: "catalogs", icon: ListChecks, permission: "catalogs.manage" },
      { href: "/admin/audit", label: "auditLog", icon: History, permission: "audit.read" },
      { href: "/admin/settings", label: "settings", icon: Settings, permission: "settings.manage" },
      { href: "/admin/system", label: "system", icon: Activity, permission: "settings.manage" },
    ],
  },
];

export type NavViewer = { isSuperuser: boolean; permissions: readonly string[] };

/** The navigation a user may use: items they lack the permission for, and sections left empty, are dropped. */
export function navFor(viewer: NavViewer, sections: NavSection[] = NAV_SECTIONS): NavSection[] {
  const allowed = (item: NavItem) =>
    !item.permission || viewer.isSuperuser || viewer.permissions.includes(item.permission);
  return sections
    .map((section) => ({ ...section, items: section.items.filter(allowed) }))
    .filter((section) => section.items.length > 0);
}
