"use client";

import { lazy } from "react";
import { DeferredDropdownMenu } from "@/components/ui/deferred-dropdown-menu";
import { RowActionsButton } from "./row-actions-button";

export type RecordAction = "edit" | "toggle-active" | "delete";
export type RecordRowActionsProps = {
  row: { name: string; active: boolean };
  /** Offers "Delete" too (organizations and locations; catalog items are only deactivated). */
  deletable?: boolean;
  onAction: (action: RecordAction) => void;
};

const loadItems = () => import("./record-row-actions-items");
const RecordRowMenu = lazy(loadItems);

/** The "…" menu at the end of a row that is edited and (de)activated: catalog items, organizations, locations. */
export function RecordRowActions(props: RecordRowActionsProps) {
  return (
    <DeferredDropdownMenu preload={loadItems} trigger={<RowActionsButton name={props.row.name} />}>
      <RecordRowMenu {...props} />
    </DeferredDropdownMenu>
  );
}
