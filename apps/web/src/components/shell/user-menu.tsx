"use client";

import { useTranslations } from "next-intl";
import { lazy } from "react";
import { Avatar, AvatarInitials } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { DeferredDropdownMenu } from "@/components/ui/deferred-dropdown-menu";
import { readableOn } from "@/lib/colors";

export type MenuUser = { fullName: string; email: string; avatarColor: string; roles: string[]; isSuperuser: boolean };

const loadItems = () => import("./user-menu-items");
const UserMenuContent = lazy(loadItems);

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? "?";
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? "") : "";
  return (first + last).toUpperCase();
}

/** `staff`: the menu links to the REST API reference (programs that staff write against the helpdesk). */
export function UserMenu({ user, staff = false }: { user: MenuUser; staff?: boolean }) {
  const t = useTranslations("shell");
  return (
    <DeferredDropdownMenu
      preload={loadItems}
      trigger={
        <Button variant="ghost" className="h-9 gap-2 px-2" aria-label={t("userMenu.trigger", { name: user.fullName })}>
          {/* The initials are drawn by CSS, not written: the button's visible text is then the name
              alone, which its label contains (WCAG 2.5.3, "label in name"). */}
          <Avatar className="size-7" aria-hidden>
            <AvatarInitials
              style={{ backgroundColor: user.avatarColor, color: readableOn(user.avatarColor) }}
              className="text-xs font-semibold before:content-[attr(data-initials)]"
              data-initials={initials(user.fullName)}
            />
          </Avatar>
          <span className="hidden max-w-40 truncate text-sm font-medium sm:inline">{user.fullName}</span>
        </Button>
      }
    >
      <UserMenuContent user={user} staff={staff} />
    </DeferredDropdownMenu>
  );
}
