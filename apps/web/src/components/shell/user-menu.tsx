"use client";

import { BookOpenText, LogOut, MonitorSmartphone, UserRound } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Avatar, AvatarFallback } from "@/components/ui/avatar";
import { readableOn } from "@/lib/colors";
import { signOutToSignIn } from "@/lib/sign-out";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { LanguageRadioItems } from "./language-switcher";

export type MenuUser = { fullName: string; email: string; avatarColor: string; roles: string[]; isSuperuser: boolean };

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
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" className="h-9 gap-2 px-2" aria-label={t("userMenu.trigger", { name: user.fullName })}>
          {/* The initials are drawn by CSS, not written: the button's visible text is then the name
              alone, which its label contains (WCAG 2.5.3, "label in name"). */}
          <Avatar className="size-7" aria-hidden>
            <AvatarFallback
              style={{ backgroundColor: user.avatarColor, color: readableOn(user.avatarColor) }}
              className="text-xs font-semibold before:content-[attr(data-initials)]"
              data-initials={initials(user.fullName)}
            />
          </Avatar>
          <span className="hidden max-w-40 truncate text-sm font-medium sm:inline">{user.fullName}</span>
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-64">
        <DropdownMenuLabel className="grid gap-0.5">
          <span className="truncate">{user.fullName}</span>
          <span className="truncate text-xs font-normal text-muted-foreground">{user.email}</span>
          <span className="text-xs font-normal text-muted-foreground" data-testid="user-roles">
            {[...(user.isSuperuser ? [t("userMenu.superuser")] : []), ...user.roles].join(", ") || t("userMenu.noRole")}
          </span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/account/profile">
            <UserRound aria-hidden />
            {t("userMenu.profile")}
          </Link>
        </DropdownMenuItem>
        <DropdownMenuItem asChild>
          <Link href="/account/sessions">
            <MonitorSmartphone aria-hidden />
            {t("userMenu.sessions")}
          </Link>
        </DropdownMenuItem>
        {staff && (
          <DropdownMenuItem asChild>
            <a href="/api/docs" target="_blank" rel="noopener">
              <BookOpenText aria-hidden />
              {t("userMenu.apiReference")}
            </a>
          </DropdownMenuItem>
        )}
        <DropdownMenuSeparator />
        <DropdownMenuLabel className="text-xs font-normal text-muted-foreground">{t("language")}</DropdownMenuLabel>
        <LanguageRadioItems signedIn />
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={() => void signOutToSignIn()}>
          <LogOut aria-hidden />
          {t("userMenu.signOut")}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
