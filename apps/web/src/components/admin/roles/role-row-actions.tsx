"use client";

import { lazy } from "react";
import { RowActionsButton } from "@/components/data-table/row-actions-button";
import { DeferredDropdownMenu } from "@/components/ui/deferred-dropdown-menu";
import type { Role } from "./role-types";

export type RoleRowActionsProps = { role: Role; onDelete: () => void };

const loadItems = () => import("./role-row-actions-items");
const RoleRowMenu = lazy(loadItems);

/** The "…" menu at the end of a role's row. */
export function RoleRowActions(props: RoleRowActionsProps) {
  return (
    <DeferredDropdownMenu preload={loadItems} trigger={<RowActionsButton name={props.role.name} />}>
      <RoleRowMenu {...props} />
    </DeferredDropdownMenu>
  );
}
