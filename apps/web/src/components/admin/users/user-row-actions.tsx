"use client";

import { Eye, KeyRound, MoreHorizontal, Pencil, Power, PowerOff, Trash2 } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

export type UserActionKind = "edit" | "enable" | "disable" | "reset-password" | "delete";

type UserRowActionsProps = {
  user: { id: string; fullName: string; active: boolean };
  onAction: (kind: UserActionKind) => void;
};

/** The "…" menu at the end of a user's row. */
export function UserRowActions({ user, onAction }: UserRowActionsProps) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button
          type="button"
          variant="ghost"
          size="icon"
          className="size-8"
          aria-label={`Actions for ${user.fullName}`}
        >
          <MoreHorizontal aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-48">
        <DropdownMenuItem asChild>
          <Link href={`/admin/users/${user.id}`}>
            <Eye aria-hidden />
            View
          </Link>
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => onAction("edit")}>
          <Pencil aria-hidden />
          Edit
        </DropdownMenuItem>
        {user.active ? (
          <DropdownMenuItem onSelect={() => onAction("disable")}>
            <PowerOff aria-hidden />
            Disable
          </DropdownMenuItem>
        ) : (
          <DropdownMenuItem onSelect={() => onAction("enable")}>
            <Power aria-hidden />
            Enable
          </DropdownMenuItem>
        )}
        <DropdownMenuItem onSelect={() => onAction("reset-password")}>
          <KeyRound aria-hidden />
          Reset password
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
