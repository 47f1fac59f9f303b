"use client";

import type { ColumnDef, Table } from "@tanstack/react-table";
import { STICKY_ACTIONS } from "@/components/data-table/sticky-actions";
import type { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { formatMinutes } from "@/lib/format-duration";
import { RecordRowActions } from "@/components/data-table/record-row-actions";
import type { CatalogKind, CatalogRow } from "./catalog-kinds";
import { CatalogMoveButtons, type CatalogAction } from "./catalog-move-buttons";

/** What the cells read from the table at render time (so the column definitions never change). */
export type CatalogTableMeta = {
  /** Category names by id, for problem types. */
  categoryNames: ReadonlyMap<string, string>;
  onAction: (action: CatalogAction, row: CatalogRow) => void;
};

/** The translations of `audit.catalogs`. */
export type CatalogsT = ReturnType<typeof useTranslations<"audit.catalogs">>;

const metaOf = (table: Table<CatalogRow>) => table.options.meta as CatalogTableMeta;

const none = <span className="text-muted-foreground">—</span>;

function ColorSwatch({ color }: { color: string }) {
  return (
    <span className="flex items-center gap-2">
      <span aria-hidden className="size-4 shrink-0 rounded-sm border" style={{ backgroundColor: color }} />
      <span className="font-mono text-xs text-muted-foreground">{color}</span>
    </span>
  );
}

/** The columns only some catalogs have, in the order the kind lists its fields. */
function ownColumns(kind: CatalogKind, t: CatalogsT): ColumnDef<CatalogRow>[] {
  const columns: Partial<Record<CatalogKind["fields"][number], ColumnDef<CatalogRow>>> = {
    category: {
      id: "category",
      header: t("columns.countsAs"),
      meta: { skeletonClassName: "w-16" },
      cell: ({ row }) =>
        row.original.category ? (
          <Badge variant="secondary">{t(`statusCategories.${row.original.category}`)}</Badge>
        ) : (
          none
        ),
    },
    responseMinutes: {
      id: "sla",
      header: () => (
        <span title={t("columns.slaTitle")}>
          {t.rich("columns.sla", {
            wide: (chunks) => <span className="hidden sm:inline">{chunks}</span>,
          })}
        </span>
      ),
      meta: { className: "tabular-nums", skeletonClassName: "w-20" },
      cell: ({ row }) => {
        const { responseMinutes, resolutionMinutes } = row.original;
        if (responseMinutes === undefined || resolutionMinutes === undefined) return none;
        return (
          <span
            aria-label={t("columns.slaLabel", {
              response: formatMinutes(responseMinutes),
              resolution: formatMinutes(resolutionMinutes),
            })}
          >
            {formatMinutes(responseMinutes)} / {formatMinutes(resolutionMinutes)}
          </span>
        );
      },
    },
    color: {
      id: "color",
      header: t("columns.color"),
      meta: { className: "hidden sm:table-cell", skeletonClassName: "w-20" },
      cell: ({ row }) => (row.original.color ? <ColorSwatch color={row.original.color} /> : none),
    },
    description: {
      id: "description",
      header: t("columns.description"),
      meta: {
        className: "hidden min-w-48 whitespace-normal text-muted-foreground lg:table-cell",
        skeletonClassName: "w-48",
      },
      cell: ({ row }) => row.original.description || none,
    },
    categoryId: {
      id: "categoryId",
      header: t("columns.category"),
      meta: { skeletonClassName: "w-24" },
      cell: ({ row, table }) => {
        const { categoryId } = row.original;
        return (categoryId && metaOf(table).categoryNames.get(categoryId)) || none;
      },
    },
  };
  return kind.fields.flatMap((field) => columns[field] ?? []);
}

export function catalogColumns(kind: CatalogKind, t: CatalogsT): ColumnDef<CatalogRow>[] {
  return [
    {
      id: "order",
      header: () => <span className="sr-only">{t("columns.order")}</span>,
      meta: { className: "w-16 pr-0 sm:w-20", skeletonClassName: "w-14" },
      cell: ({ row, table }) => (
        <CatalogMoveButtons
          row={row.original}
          first={row.index === 0}
          last={row.index === table.getRowCount() - 1}
          onMove={(direction) => metaOf(table).onAction(direction, row.original)}
        />
      ),
    },
    {
      id: "name",
      header: t("columns.name"),
      meta: { className: "min-w-32 whitespace-normal", skeletonClassName: "w-28" },
      cell: ({ row }) => (
        <span className="flex flex-wrap items-center gap-2 font-medium" data-testid="catalog-name">
          {row.original.name}
          {row.original.isDefault && <Badge variant="outline">{t("columns.default")}</Badge>}
        </span>
      ),
    },
    {
      id: "nameEs",
      header: t("columns.nameEs"),
      meta: { className: "hidden min-w-32 whitespace-normal md:table-cell", skeletonClassName: "w-28" },
      cell: ({ row }) => <span lang="es">{row.original.nameEs}</span>,
    },
    ...ownColumns(kind, t),
    {
      id: "active",
      header: t("columns.status"),
      meta: { skeletonClassName: "w-16" },
      cell: ({ row }) =>
        row.original.active ? (
          <Badge variant="success">{t("columns.active")}</Badge>
        ) : (
          <Badge variant="outline">{t("columns.inactive")}</Badge>
        ),
    },
    {
      id: "actions",
      header: () => <span className="sr-only">{t("columns.actions")}</span>,
      meta: { className: STICKY_ACTIONS, skeletonClassName: "ml-auto size-8" },
      cell: ({ row, table }) => (
        <RecordRowActions row={row.original} onAction={(action) => metaOf(table).onAction(action, row.original)} />
      ),
    },
  ];
}
