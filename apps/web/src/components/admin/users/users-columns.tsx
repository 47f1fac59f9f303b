"use client";

import type { RouterOutputs } from "@soporte/api";
import type { ColumnDef } from "@tanstack/react-table";
import { STICKY_ACTIONS, WIDE } from "@/components/data-table/sticky-actions";
import Link from "next/link";
import type { useTranslations } from "next-intl";
import { ColumnHeader } from "@/components/data-table/column-header";
import { TimeCell } from "@/components/data-table/time-cell";
import { RoleBadges, UserStatusBadges } from "./user-badges";
import { UserAvatar } from "./user-avatar";
import { UserRowActions, type UserActionKind } from "./user-row-actions";

export type AdminUser = RouterOutputs["users"]["list"]["items"][number];

/** `useTranslations("admin.users")`. */
export type UsersT = ReturnType<typeof useTranslations<"admin.users">>;

const none = <span className="text-muted-foreground">—</span>;

/** Columns of the users table; sorting is done by the API on the four columns it can sort by. */
export function userColumns(
  t: UsersT,
  onAction: (kind: UserActionKind, user: AdminUser) => void,
): ColumnDef<AdminUser>[] {
  return [
    {
      id: "fullName",
      accessorKey: "fullName",
      header: ({ column }) => <ColumnHeader column={column} title={t("columns.name")} />,
      enableHiding: false,
      meta: { label: t("columns.name"), className: "min-w-48", skeletonClassName: "w-40" },
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
      header: ({ column }) => <ColumnHeader column={column} title={t("columns.email")} />,
      meta: { label: t("columns.email"), className: WIDE.md, skeletonClassName: "w-44" },
      cell: ({ row }) => <span className="block max-w-48 truncate">{row.original.email}</span>,
    },
    {
      id: "username",
      accessorKey: "username",
      header: ({ column }) => <ColumnHeader column={column} title={t("columns.username")} />,
      meta: { label: t("columns.username"), className: WIDE["2xl"] },
      cell: ({ row }) => <span className="font-mono text-xs">{row.original.username}</span>,
    },
    {
      id: "roles",
      header: t("columns.roles"),
      enableSorting: false,
      meta: { label: t("columns.roles"), className: WIDE.sm, skeletonClassName: "w-20" },
      cell: ({ row }) => <RoleBadges roles={row.original.roles} />,
    },
    {
      id: "status",
      header: t("columns.status"),
      enableSorting: false,
      meta: { label: t("columns.status"), skeletonClassName: "w-16" },
      cell: ({ row }) => <UserStatusBadges active={row.original.active} isSuperuser={row.original.isSuperuser} />,
    },
    {
      id: "organization",
      header: t("columns.organization"),
      enableSorting: false,
      meta: { label: t("columns.organization"), className: WIDE["2xl"] },
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
      header: t("columns.location"),
      enableSorting: false,
      meta: { label: t("columns.location"), className: WIDE["2xl"] },
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
      header: t("columns.lastSignIn"),
      enableSorting: false,
      meta: { label: t("columns.lastSignIn"), className: WIDE["2xl"] },
      cell: ({ row }) => {
        const at = row.original.lastLoginAt;
        return at ? <TimeCell at={at} relative /> : <span className="text-muted-foreground">{t("columns.never")}</span>;
      },
    },
    {
      id: "createdAt",
      accessorKey: "createdAt",
      header: ({ column }) => <ColumnHeader column={column} title={t("columns.created")} />,
      meta: { label: t("columns.created"), className: WIDE.xl },
      cell: ({ row }) => <TimeCell at={row.original.createdAt} />,
    },
    {
      id: "actions",
      header: () => <span className="sr-only">{t("columns.actions")}</span>,
      enableSorting: false,
      enableHiding: false,
      meta: { className: STICKY_ACTIONS, skeletonClassName: "ml-auto size-8" },
      cell: ({ row }) => <UserRowActions user={row.original} onAction={(kind) => onAction(kind, row.original)} />,
    },
  ];
}
