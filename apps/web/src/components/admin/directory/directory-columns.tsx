"use client";

import type { ColumnDef } from "@tanstack/react-table";
import type { useTranslations } from "next-intl";
import { STICKY_ACTIONS } from "@/components/data-table/sticky-actions";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/utils";
import { RecordRowActions, type RecordAction } from "@/components/data-table/record-row-actions";
import type { DirectoryRow } from "./directory-row";

type DirectoryColumnsOptions<T extends DirectoryRow> = {
  /** The second column: an organization's domain, a location's description. */
  detail: { id: string; label: string; cell: (row: T) => ReactNode; className?: string };
  onAction: (kind: RecordAction, row: T) => void;
  t: ReturnType<typeof useTranslations<"audit">>;
};

const count = (value: number) => <span className="tabular-nums">{value}</span>;

export function directoryColumns<T extends DirectoryRow>({
  detail,
  onAction,
  t,
}: DirectoryColumnsOptions<T>): ColumnDef<T>[] {
  return [
    {
      id: "name",
      header: t("directory.columns.name"),
      meta: { className: "min-w-36 font-medium whitespace-normal", skeletonClassName: "w-36" },
      cell: ({ row }) => row.original.name,
    },
    {
      id: detail.id,
      header: detail.label,
      // On a phone the domain / description gives way to the counts and the actions.
      meta: { className: cn("hidden md:table-cell", detail.className), skeletonClassName: "w-40" },
      cell: ({ row }) => detail.cell(row.original),
    },
    {
      id: "users",
      header: t("directory.columns.users"),
      meta: { className: "text-right", skeletonClassName: "ml-auto w-8" },
      cell: ({ row }) => count(row.original._count.users),
    },
    {
      id: "tickets",
      header: t("directory.columns.tickets"),
      meta: { className: "text-right", skeletonClassName: "ml-auto w-8" },
      cell: ({ row }) => count(row.original._count.tickets),
    },
    {
      id: "status",
      header: t("directory.columns.status"),
      meta: { skeletonClassName: "w-16" },
      cell: ({ row }) =>
        row.original.active ? (
          <Badge variant="success">{t("directory.columns.active")}</Badge>
        ) : (
          <Badge variant="outline">{t("directory.columns.inactive")}</Badge>
        ),
    },
    {
      id: "actions",
      header: () => <span className="sr-only">{t("directory.columns.actions")}</span>,
      meta: { className: STICKY_ACTIONS, skeletonClassName: "ml-auto size-8" },
      cell: ({ row }) => (
        <RecordRowActions row={row.original} deletable onAction={(kind) => onAction(kind, row.original)} />
      ),
    },
  ];
}
