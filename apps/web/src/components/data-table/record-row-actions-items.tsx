"use client";

import { Pencil, Power, PowerOff, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator } from "@/components/ui/dropdown-menu";
import type { RecordRowActionsProps } from "./record-row-actions";

/** The items of a `RecordRowActions` menu. */
export default function RecordRowMenu({ row, deletable = false, onAction }: RecordRowActionsProps) {
  const t = useTranslations("common.table");
  return (
    <DropdownMenuContent align="end" className="w-44">
      <DropdownMenuItem onSelect={() => onAction("edit")}>
        <Pencil aria-hidden />
        {t("rowEdit")}
      </DropdownMenuItem>
      <DropdownMenuItem onSelect={() => onAction("toggle-active")}>
        {row.active ? <PowerOff aria-hidden /> : <Power aria-hidden />}
        {row.active ? t("rowDeactivate") : t("rowActivate")}
      </DropdownMenuItem>
      {deletable && (
        <>
          <DropdownMenuSeparator />
          <DropdownMenuItem variant="destructive" onSelect={() => onAction("delete")}>
            <Trash2 aria-hidden />
            {t("rowDelete")}
          </DropdownMenuItem>
        </>
      )}
    </DropdownMenuContent>
  );
}
