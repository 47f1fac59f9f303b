"use client";

import { ArrowDown, ArrowUp, Pencil, Power, PowerOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { RowActionsTrigger } from "@/components/data-table/row-actions-trigger";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem } from "@/components/ui/dropdown-menu";
import type { CatalogRow } from "./catalog-kinds";

export type CatalogAction = "edit" | "toggle-active" | "up" | "down";

/** Move up / down: buttons in the Tab order, named after the item, so the order is changed by keyboard too. */
export function CatalogMoveButtons({
  row,
  first,
  last,
  onMove,
}: {
  row: CatalogRow;
  first: boolean;
  last: boolean;
  onMove: (direction: "up" | "down") => void;
}) {
  const t = useTranslations("audit.catalogs.actions");
  return (
    <div className="-ml-1.5 flex items-center sm:ml-0 sm:gap-0.5">
      <Button
        type="button"
        variant="ghost"
        size="icon"
        className="size-8"
        aria-label={t("moveUp", { name: row.name })}
        data-move={`${row.id}:up`}
        disabled={first}
        onClick={() => onMove("up")}
      >
        <ArrowUp aria-hidden />
      </Button>
      <Button
        type="button"
        variant="ghost"
        size="icon"
        className="size-8"
        aria-label={t("moveDown", { name: row.name })}
        data-move={`${row.id}:down`}
        disabled={last}
        onClick={() => onMove("down")}
      >
        <ArrowDown aria-hidden />
      </Button>
    </div>
  );
}

export function CatalogRowActions({ row, onAction }: { row: CatalogRow; onAction: (action: CatalogAction) => void }) {
  const t = useTranslations("audit.catalogs.actions");
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
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
