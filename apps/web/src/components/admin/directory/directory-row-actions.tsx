"use client";

import { Pencil, Power, PowerOff, Trash2 } from "lucide-react";
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
        <DropdownMenuSeparator />
        <DropdownMenuItem variant="destructive" onSelect={() => onAction("delete")}>
          <Trash2 aria-hidden />
          Delete
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
