"use client";

import { Eye, KeyRound, Pencil, Power, PowerOff, Trash2 } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator } from "@/components/ui/dropdown-menu";
import { useDelegation } from "../use-delegation";

import type { UserRowActionsProps } from "./user-row-actions";

/** The items of a user's "…" menu (user-row-actions.tsx); what the viewer may not do is disabled, with why. */
export default function UserRowMenu({ user, onAction }: UserRowActionsProps) {
  const t = useTranslations("admin.users.rowActions");
  const { userRefusal } = useDelegation();
  const refused = {
    active: userRefusal(user, "set-active"),
    resetPassword: userRefusal(user, "reset-password"),
    delete: userRefusal(user, "delete"),
  };
  const reasons = [...new Set(Object.values(refused).filter((reason) => reason !== null))];
  return (
    <DropdownMenuContent align="end" className={reasons.length ? "w-72" : "w-48"}>
      <DropdownMenuItem asChild>
        <Link href={`/admin/users/${user.id}`}>
          <Eye aria-hidden />
          {t("view")}
        </Link>
      </DropdownMenuItem>
      <DropdownMenuItem onSelect={() => onAction("edit")}>
        <Pencil aria-hidden />
        {t("edit")}
      </DropdownMenuItem>
      {user.active ? (
        <DropdownMenuItem disabled={refused.active !== null} onSelect={() => onAction("disable")}>
          <PowerOff aria-hidden />
          {t("disable")}
        </DropdownMenuItem>
      ) : (
        <DropdownMenuItem disabled={refused.active !== null} onSelect={() => onAction("enable")}>
          <Power aria-hidden />
          {t("enable")}
        </DropdownMenuItem>
      )}
      <DropdownMenuItem disabled={refused.resetPassword !== null} onSelect={() => onAction("reset-password")}>
        <KeyRound aria-hidden />
        {t("resetPassword")}
      </DropdownMenuItem>
      <DropdownMenuSeparator />
      <DropdownMenuItem variant="destructive" disabled={refused.delete !== null} onSelect={() => onAction("delete")}>
        <Trash2 aria-hidden />
        {t("delete")}
      </DropdownMenuItem>
      {reasons.length > 0 && (
        <>
          <DropdownMenuSeparator />
          {reasons.map((reason) => (
            <p key={reason} className="px-2 py-1.5 text-xs text-muted-foreground">
              {reason}
            </p>
          ))}
        </>
      )}
    </DropdownMenuContent>
  );
}
