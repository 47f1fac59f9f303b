"use client";

import { BookOpenText, LogOut, MonitorSmartphone, UserRound } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import {
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
} from "@/components/ui/dropdown-menu";
import { signOutToSignIn } from "@/lib/next-auth-client";
import { LanguageRadioItems } from "./language-switcher-items";
import type { MenuUser } from "./user-menu";

/** The user menu's items (user-menu.tsx): who is signed in, their account pages, the language, sign out. */
export default function UserMenuContent({ user, staff }: { user: MenuUser; staff: boolean }) {
  const t = useTranslations("shell");
  return (
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
  );
}
