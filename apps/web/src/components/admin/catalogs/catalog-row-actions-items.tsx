"use client";

import { Pencil, Power, PowerOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { DropdownMenuContent, DropdownMenuItem } from "@/components/ui/dropdown-menu";
import type { CatalogRowActionsProps } from "./catalog-row-actions";

/** The items of a catalog item's "…" menu (catalog-row-actions.tsx). */
export default function CatalogRowMenu({ row, onAction }: CatalogRowActionsProps) {
  const t = useTranslations("audit.catalogs.actions");
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
    </DropdownMenuContent>
  );
}
