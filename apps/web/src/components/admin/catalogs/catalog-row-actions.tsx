"use client";

import { ArrowDown, ArrowUp, Pencil, Power, PowerOff } from "lucide-react";
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
  return (
    <div className="-ml-1.5 flex items-center sm:ml-0 sm:gap-0.5">
      <Button
        type="button"
        variant="ghost"
        size="icon"
        className="size-8"
        aria-label={`Move ${row.name} up`}
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
        aria-label={`Move ${row.name} down`}
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
  return (
    <DropdownMenu>
      <RowActionsTrigger name={row.name} />
      <DropdownMenuContent align="end" className="w-44">
        <DropdownMenuItem onSelect={() => onAction("edit")}>
          <Pencil aria-hidden />
          Edit
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => onAction("toggle-active")}>
          {row.active ? <PowerOff aria-hidden /> : <Power aria-hidden />}
          {row.active ? "Deactivate" : "Activate"}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
