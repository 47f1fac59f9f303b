"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { STICKY_ACTIONS } from "@/components/data-table/sticky-actions";
import Link from "next/link";
import type { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { RoleRowActions } from "./role-row-actions";
import type { Role } from "./role-types";

/** `useTranslations("admin.roles")`. */
export type RolesT = ReturnType<typeof useTranslations<"admin.roles">>;

export function roleColumns(t: RolesT, onDelete: (role: Role) => void): ColumnDef<Role>[] {
  return [
    {
      id: "name",
      header: t("columns.name"),
      meta: { className: "min-w-40", skeletonClassName: "w-28" },
      cell: ({ row }) => (
        <span className="flex items-center gap-2">
          <Link
            href={`/admin/roles/${row.original.id}`}
            // A page of rows would prefetch a server render per row: load on click.
            prefetch={false}
            className="rounded-sm font-medium underline-offset-4 hover:underline"
          >
            {row.original.name}
          </Link>
          {row.original.builtIn && <Badge variant="secondary">{t("builtIn")}</Badge>}
        </span>
      ),
    },
    {
      id: "description",
      header: t("columns.description"),
      // On a phone the description gives way to the counts and the actions.
      meta: { className: "hidden min-w-64 whitespace-normal md:table-cell", skeletonClassName: "w-64" },
      cell: ({ row }) => row.original.description || <span className="text-muted-foreground">—</span>,
    },
    {
      id: "permissions",
      header: t("columns.permissions"),
      meta: { className: "text-right", skeletonClassName: "ml-auto w-8" },
      cell: ({ row }) => <span className="tabular-nums">{row.original.permissions.length}</span>,
    },
    {
      id: "members",
      header: t("columns.members"),
      meta: { className: "text-right", skeletonClassName: "ml-auto w-8" },
      cell: ({ row }) => (
        <Link
          href={`/admin/users?role=${row.original.id}`}
          // A page of rows would prefetch a server render per row: load on click.
          prefetch={false}
          className="rounded-sm tabular-nums underline-offset-4 hover:underline"
          aria-label={t("columns.membersOf", { count: row.original.memberCount, name: row.original.name })}
        >
          {row.original.memberCount}
        </Link>
      ),
    },
    {
      id: "actions",
      header: () => <span className="sr-only">{t("columns.actions")}</span>,
      meta: { className: STICKY_ACTIONS, skeletonClassName: "ml-auto size-8" },
      cell: ({ row }) => <RoleRowActions role={row.original} onDelete={() => onDelete(row.original)} />,
    },
  ];
}
