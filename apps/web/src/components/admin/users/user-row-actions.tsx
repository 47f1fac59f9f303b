"use client";

import { lazy } from "react";
import { RowActionsButton } from "@/components/data-table/row-actions-button";
import { DeferredDropdownMenu } from "@/components/ui/deferred-dropdown-menu";
import type { DelegationTarget } from "../use-delegation";

export type UserActionKind = "edit" | "enable" | "disable" | "reset-password" | "delete";

export type UserRowActionsProps = {
  user: DelegationTarget & { fullName: string; active: boolean };
  onAction: (kind: UserActionKind) => void;
};

const loadItems = () => import("./user-row-actions-items");
const UserRowMenu = lazy(loadItems);

/** The "…" menu at the end of a user's row. */
export function UserRowActions(props: UserRowActionsProps) {
  return (
    <DeferredDropdownMenu preload={loadItems} trigger={<RowActionsButton name={props.user.fullName} />}>
      <UserRowMenu {...props} />
    </DeferredDropdownMenu>
  );
}
