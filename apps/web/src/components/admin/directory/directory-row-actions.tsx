"use client";

import { Pencil, Power, PowerOff, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { RowActionsTrigger } from "@/components/data-table/row-actions-trigger";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
} from "@/components/ui/dropdown-menu";
import type { DirectoryActionKind, DirectoryRow } from "./directory-row";

export function DirectoryRowActions({
  row,
  onAction,
}: {
  row: DirectoryRow;
  onAction: (kind: DirectoryActionKind) => void;
}) {
  const t = useTranslations("audit.directory.actions");
  return (
    <DropdownMenu>
      <RowActionsTrigger name={row.name} />
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
    </DropdownMenu>
  );
}
