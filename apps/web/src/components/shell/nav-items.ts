import type { Permission } from "@soporte/api";
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

export type NavItem = {
  href: string;
  label: string;
  icon: LucideIcon;
  /** Shown only to users holding this permission (superusers see everything). */
  permission?: Permission;
  /** A live count beside the label. */
  badge?: "unread-messages";
};

export type NavSection = { label: string; items: NavItem[] };

export const NAV_SECTIONS: NavSection[] = [
  {
    label: "Workspace",
    items: [
      { href: "/dashboard", label: "Dashboard", icon: LayoutDashboard },
      { href: "/tickets", label: "Tickets", icon: Ticket },
      { href: "/messages", label: "Messages", icon: MessagesSquare, badge: "unread-messages" },
    ],
  },
  {
    label: "Account",
    items: [
      { href: "/account/profile", label: "Profile", icon: UserRound },
      { href: "/account/password", label: "Password", icon: KeyRound },
      { href: "/account/sessions", label: "Sessions", icon: MonitorSmartphone },
    ],
  },
  {
    label: "Administration",
    items: [
      { href: "/admin/users", label: "Users", icon: UsersRound, permission: "users.manage" },
      { href: "/admin/roles", label: "Roles", icon: ShieldCheck, permission: "roles.manage" },
      { href: "/admin/organizations", label: "Organizations", icon: Building2, permission: "organizations.manage" },
      { href: "/admin/locations", label: "Locations", icon: MapPin, permission: "organizations.manage" },
      { href: "/admin/catalogs", label: "Catalogs", icon: ListChecks, permission: "catalogs.manage" },
      { href: "/admin/audit", label: "Audit log", icon: History, permission: "audit.read" },
      { href: "/admin/settings", label: "Settings", icon: Settings, permission: "settings.manage" },
      { href: "/admin/system", label: "System", icon: Activity, permission: "settings.manage" },
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
