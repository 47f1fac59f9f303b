"use client";

import { getCoreRowModel, useReactTable } from "@tanstack/react-table";
import { ListChecks } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { EmptyState } from "@/components/data-table/empty-state";
import type { CatalogKind, CatalogRow } from "./catalog-kinds";
import { catalogColumns, type CatalogTableMeta } from "./catalog-columns";
import type { CatalogAction } from "./catalog-move-buttons";
import { useCatalogActions } from "./use-catalog-actions";

type CatalogTableProps = {
  kind: CatalogKind;
  /** The catalog's items in position order; undefined while loading. */
  rows: CatalogRow[] | undefined;
  categoryNames: ReadonlyMap<string, string>;
  onEdit: (row: CatalogRow) => void;
};

/** One catalog's items in their order, with move up / down, edit and (de)activate. */
export function CatalogTable({ kind, rows, categoryNames, onEdit }: CatalogTableProps) {
  const t = useTranslations("audit.catalogs");
  const actions = useCatalogActions(kind);
  // After a move the row is elsewhere: its button keeps the focus (or its twin, at the top or bottom).
  const [moved, setMoved] = useState<{ id: string; direction: "up" | "down" } | null>(null);

  const onAction = (action: CatalogAction, row: CatalogRow) => {
    if (action === "edit") onEdit(row);
    else if (action === "toggle-active") actions.toggleActive(row);
    else if (action === "up" || action === "down") {
      setMoved({ id: row.id, direction: action });
      actions.move(rows ?? [], row, action);
    }
  };
  // TanStack renders each cell function as a component: new functions would remount every cell (and
  // drop the focus of a move button), so the columns depend on the kind and the language only and the
  // cells read the rest from the table's meta.
  const columns = useMemo(() => catalogColumns(kind, t), [kind, t]);
  const meta: CatalogTableMeta = { categoryNames, onAction };

  useEffect(() => {
    if (!moved) return;
    const button = (direction: string) =>
      document.querySelector<HTMLButtonElement>(`[data-move="${moved.id}:${direction}"]:not(:disabled)`);
    (button(moved.direction) ?? button(moved.direction === "up" ? "down" : "up"))?.focus();
  }, [moved, rows]);

  const table = useReactTable({
    data: rows ?? [],
    columns,
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
    meta,
  });

  return (
    <div className="overflow-hidden rounded-lg border">
      <DataTable
        table={table}
        label={t(`kinds.${kind.catalog}.title`)}
        loading={rows === undefined}
        skeletonRows={5}
        empty={
          <EmptyState
            icon={ListChecks}
            title={t(`kinds.${kind.catalog}.empty`)}
            description={t(`kinds.${kind.catalog}.emptyHint`)}
          />
        }
      />
    </div>
  );
}
