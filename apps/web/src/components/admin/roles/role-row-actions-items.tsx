"use client";

import { Pencil, Trash2, UsersRound } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator } from "@/components/ui/dropdown-menu";
import { useDelegation } from "../use-delegation";
import type { RoleRowActionsProps } from "./role-row-actions";

/** The items of a role's "…" menu (role-row-actions.tsx). */
export default function RoleRowMenu({ role, onDelete }: RoleRowActionsProps) {
  const t = useTranslations("admin.roles.rowActions");
  const deleteRefusal = useDelegation().roleDeleteRefusal(role);
  return (
    <DropdownMenuContent align="end" className={deleteRefusal ? "w-72" : "w-48"}>
      <DropdownMenuItem asChild>
        <Link href={`/admin/roles/${role.id}`}>
          <Pencil aria-hidden />
          {t("edit")}
        </Link>
      </DropdownMenuItem>
      <DropdownMenuItem asChild>
        <Link href={`/admin/users?role=${role.id}`}>
          <UsersRound aria-hidden />
          {t("showMembers")}
        </Link>
      </DropdownMenuItem>
      {!role.builtIn && (
        <>
          <DropdownMenuSeparator />
          <DropdownMenuItem variant="destructive" disabled={deleteRefusal !== null} onSelect={onDelete}>
            <Trash2 aria-hidden />
            {t("delete")}
          </DropdownMenuItem>
          {deleteRefusal && <p className="px-2 py-1.5 text-xs text-muted-foreground">{deleteRefusal}</p>}
        </>
      )}
    </DropdownMenuContent>
  );
}
