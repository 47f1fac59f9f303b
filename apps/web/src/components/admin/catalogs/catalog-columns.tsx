"use client";

import type { ColumnDef, Table } from "@tanstack/react-table";
import { STICKY_ACTIONS } from "@/components/data-table/sticky-actions";
import { Badge } from "@/components/ui/badge";
import { formatMinutes } from "@/lib/format-duration";
import { STATUS_CATEGORY_LABELS, type CatalogKind, type CatalogRow } from "./catalog-kinds";
import { CatalogMoveButtons, CatalogRowActions, type CatalogAction } from "./catalog-row-actions";

/** What the cells read from the table at render time (so the column definitions never change). */
export type CatalogTableMeta = {
  /** Category names by id, for problem types. */
  categoryNames: ReadonlyMap<string, string>;
  onAction: (action: CatalogAction, row: CatalogRow) => void;
};

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
function ownColumns(kind: CatalogKind): ColumnDef<CatalogRow>[] {
  const columns: Partial<Record<CatalogKind["fields"][number], ColumnDef<CatalogRow>>> = {
    category: {
      id: "category",
      header: "Counts as",
      meta: { skeletonClassName: "w-16" },
      cell: ({ row }) =>
        row.original.category ? (
          <Badge variant="secondary">{STATUS_CATEGORY_LABELS[row.original.category]}</Badge>
        ) : (
          none
        ),
    },
    responseMinutes: {
      id: "sla",
      header: () => (
        <span title="Time to the first response / to resolution">
          SLA<span className="hidden sm:inline"> response / resolution</span>
        </span>
      ),
      meta: { className: "tabular-nums", skeletonClassName: "w-20" },
      cell: ({ row }) => {
        const { responseMinutes, resolutionMinutes } = row.original;
        if (responseMinutes === undefined || resolutionMinutes === undefined) return none;
        return (
          <span
            aria-label={`First response within ${formatMinutes(responseMinutes)}, resolution within ${formatMinutes(resolutionMinutes)}`}
          >
            {formatMinutes(responseMinutes)} / {formatMinutes(resolutionMinutes)}
          </span>
        );
      },
    },
    color: {
      id: "color",
      header: "Colour",
      meta: { className: "hidden sm:table-cell", skeletonClassName: "w-20" },
      cell: ({ row }) => (row.original.color ? <ColorSwatch color={row.original.color} /> : none),
    },
    description: {
      id: "description",
      header: "Description",
      meta: {
        className: "hidden min-w-48 whitespace-normal text-muted-foreground lg:table-cell",
        skeletonClassName: "w-48",
      },
      cell: ({ row }) => row.original.description || none,
    },
    categoryId: {
      id: "categoryId",
      header: "Category",
      meta: { skeletonClassName: "w-24" },
      cell: ({ row, table }) => {
        const { categoryId } = row.original;
        return (categoryId && metaOf(table).categoryNames.get(categoryId)) || none;
      },
    },
  };
  return kind.fields.flatMap((field) => columns[field] ?? []);
}

export function catalogColumns(kind: CatalogKind): ColumnDef<CatalogRow>[] {
  return [
    {
      id: "order",
      header: () => <span className="sr-only">Order</span>,
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
      header: "Name",
      meta: { className: "min-w-32 whitespace-normal", skeletonClassName: "w-28" },
      cell: ({ row }) => (
        <span className="flex flex-wrap items-center gap-2 font-medium" data-testid="catalog-name">
          {row.original.name}
          {row.original.isDefault && <Badge variant="outline">Default</Badge>}
        </span>
      ),
    },
    {
      id: "nameEs",
      header: "Spanish name",
      meta: { className: "hidden min-w-32 whitespace-normal md:table-cell", skeletonClassName: "w-28" },
      cell: ({ row }) => <span lang="es">{row.original.nameEs}</span>,
    },
    ...ownColumns(kind),
    {
      id: "active",
      header: "Status",
      meta: { skeletonClassName: "w-16" },
      cell: ({ row }) =>
        row.original.active ? <Badge variant="success">Active</Badge> : <Badge variant="outline">Inactive</Badge>,
    },
    {
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      meta: { className: STICKY_ACTIONS, skeletonClassName: "ml-auto size-8" },
      cell: ({ row, table }) => (
        <CatalogRowActions row={row.original} onAction={(action) => metaOf(table).onAction(action, row.original)} />
      ),
    },
  ];
}
