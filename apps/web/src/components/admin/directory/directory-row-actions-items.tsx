"use client";

import { Pencil, Power, PowerOff, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator } from "@/components/ui/dropdown-menu";
import type { DirectoryRowActionsProps } from "./directory-row-actions";

/** The items of an organization's or location's "…" menu (directory-row-actions.tsx). */
export default function DirectoryRowMenu({ row, onAction }: DirectoryRowActionsProps) {
  const t = useTranslations("audit.directory.actions");
  return (
    <DropdownMenuContent align="end" className="w-44">
      <DropdownMenuItem onSelect={() => onAction("edit")}>
        <Pencil aria-hidden />
        {t("edit")}
      </DropdownMenuItem>
      <DropdownMenuItem onSelect={() => onAction("toggle-active")}>
        {row.active ? <PowerOff aria-hidden /> : <Power aria-hidden />}
        {row.active ? t("deactivate") : t("activate")}
      </DropdownMenuItem>
      <DropdownMenuSeparator />
      <DropdownMenuItem variant="destructive" onSelect={() => onAction("delete")}>
        <Trash2 aria-hidden />
        {t("delete")}
      </DropdownMenuItem>
    </DropdownMenuContent>
  );
}
