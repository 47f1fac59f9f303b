"use client";

import { ArrowDown, ArrowUp } from "lucide-react";
import { useTranslations } from "next-intl";
import type { RecordAction } from "@/components/data-table/record-row-actions";
import { Button } from "@/components/ui/button";
import type { CatalogRow } from "./catalog-kinds";

/** From the row's menu (catalog items are not deleted: never "delete") or its move buttons. */
export type CatalogAction = RecordAction | "up" | "down";

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
