"use client";

import { lazy } from "react";
import { RowActionsButton } from "@/components/data-table/row-actions-button";
import { DeferredDropdownMenu } from "@/components/ui/deferred-dropdown-menu";
import type { DirectoryActionKind, DirectoryRow } from "./directory-row";

export type DirectoryRowActionsProps = { row: DirectoryRow; onAction: (kind: DirectoryActionKind) => void };

const loadItems = () => import("./directory-row-actions-items");
const DirectoryRowMenu = lazy(loadItems);

/** The "…" menu at the end of an organization's or location's row. */
export function DirectoryRowActions(props: DirectoryRowActionsProps) {
  return (
    <DeferredDropdownMenu preload={loadItems} trigger={<RowActionsButton name={props.row.name} />}>
      <DirectoryRowMenu {...props} />
    </DeferredDropdownMenu>
  );
}
