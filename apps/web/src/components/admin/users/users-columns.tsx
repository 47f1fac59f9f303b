"use client";

import type { RouterOutputs } from "@soporte/api";
import type { ColumnDef } from "@tanstack/react-table";
import { STICKY_ACTIONS, WIDE } from "@/components/data-table/sticky-actions";
import Link from "next/link";
import { ColumnHeader } from "@/components/data-table/column-header";
import { formatDateTime, formatRelative, formatShortDate } from "@/lib/format-time";
import { RoleBadges, UserStatusBadges } from "./user-badges";
import { UserAvatar } from "./user-avatar";
import { UserRowActions, type UserActionKind } from "./user-row-actions";

export type AdminUser = RouterOutputs["users"]["list"]["items"][number];

const none = <span className="text-muted-foreground">—</span>;

/** Columns of the users table; sorting is done by the API on the four columns it can sort by. */
export function userColumns(onAction: (kind: UserActionKind, user: AdminUser) => void): ColumnDef<AdminUser>[] {
  return [
    {
      id: "fullName",
      accessorKey: "fullName",
      header: ({ column }) => <ColumnHeader column={column} title="Name" />,
      enableHiding: false,
      meta: { label: "Name", className: "min-w-48", skeletonClassName: "w-40" },
      cell: ({ row }) => (
        <Link
          href={`/admin/users/${row.original.id}`}
          // A page of rows would prefetch a server render per row: load on click.
          prefetch={false}
          className="flex items-center gap-3 rounded-sm font-medium underline-offset-4 hover:underline"
        >
          <UserAvatar fullName={row.original.fullName} color={row.original.avatarColor} />
          <span className="max-w-56 truncate" data-testid="user-name">
            {row.original.fullName}
          </span>
        </Link>
      ),
    },
    {
      id: "email",
      accessorKey: "email",
      header: ({ column }) => <ColumnHeader column={column} title="Email" />,
      meta: { label: "Email", className: WIDE.md, skeletonClassName: "w-44" },
      cell: ({ row }) => <span className="block max-w-48 truncate">{row.original.email}</span>,
    },
    {
      id: "username",
      accessorKey: "username",
      header: ({ column }) => <ColumnHeader column={column} title="Username" />,
      meta: { label: "Username", className: WIDE["2xl"] },
      cell: ({ row }) => <span className="font-mono text-xs">{row.original.username}</span>,
    },
    {
      id: "roles",
      header: "Roles",
      enableSorting: false,
      meta: { label: "Roles", className: WIDE.sm, skeletonClassName: "w-20" },
      cell: ({ row }) => <RoleBadges roles={row.original.roles} />,
    },
    {
      id: "status",
      header: "Status",
      enableSorting: false,
      meta: { label: "Status", skeletonClassName: "w-16" },
      cell: ({ row }) => <UserStatusBadges active={row.original.active} isSuperuser={row.original.isSuperuser} />,
    },
    {
      id: "organization",
      header: "Organization",
      enableSorting: false,
      meta: { label: "Organization", className: WIDE["2xl"] },
      cell: ({ row }) =>
        row.original.organization ? (
          <span className="block max-w-36 truncate" title={row.original.organization.name}>
            {row.original.organization.name}
          </span>
        ) : (
          none
        ),
    },
    {
      id: "location",
      header: "Location",
      enableSorting: false,
      meta: { label: "Location", className: WIDE["2xl"] },
      cell: ({ row }) =>
        row.original.location ? (
          <span className="block max-w-44 truncate" title={row.original.location.name}>
            {row.original.location.name}
          </span>
        ) : (
          none
        ),
    },
    {
      id: "lastLoginAt",
      header: "Last sign-in",
      enableSorting: false,
      meta: { label: "Last sign-in", className: WIDE["2xl"] },
      cell: ({ row }) => {
        const at = row.original.lastLoginAt;
        return at ? (
          <time dateTime={at.toISOString()} title={formatDateTime(at)}>
            {formatRelative(at)}
          </time>
        ) : (
          <span className="text-muted-foreground">Never</span>
        );
      },
    },
    {
      id: "createdAt",
      accessorKey: "createdAt",
      header: ({ column }) => <ColumnHeader column={column} title="Created" />,
      meta: { label: "Created", className: WIDE.xl },
      cell: ({ row }) => (
        <time dateTime={row.original.createdAt.toISOString()} title={formatDateTime(row.original.createdAt)}>
          {formatShortDate(row.original.createdAt)}
        </time>
      ),
    },
    {
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      enableSorting: false,
      enableHiding: false,
      meta: { className: STICKY_ACTIONS, skeletonClassName: "ml-auto size-8" },
      cell: ({ row }) => <UserRowActions user={row.original} onAction={(kind) => onAction(kind, row.original)} />,
    },
  ];
}
