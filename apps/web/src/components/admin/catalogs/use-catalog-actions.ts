"use client";

import { useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";
import { useApiErrors } from "@/lib/api-errors";
import { api } from "@/trpc/react";
import type { CatalogKind, CatalogRow } from "./catalog-kinds";
import { catalogProcedures } from "./catalog-procedures";

/** `items` in the order of `ids`. */
function inOrder<T extends { id: string }>(items: readonly T[], ids: readonly string[]): T[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** (De)activating and reordering the items of one catalog; a move shows at once and is undone if refused. */
export function useCatalogActions(kind: CatalogKind) {
  const { describeApiError } = useApiErrors();
  const t = useTranslations("audit.catalogs.actions");
  const utils = api.useUtils();
  const procedures = catalogProcedures(kind.catalog);
  const refresh = () => utils.catalogs.list.invalidate();

  const setActive = procedures.setActive.useMutation({
    onSuccess: (item) =>
      toast.success(item.active ? t("activated", { name: item.name }) : t("deactivated", { name: item.name })),
    onError: (error) => toast.error(describeApiError(error)),
    onSettled: refresh,
  });

  const reorder = procedures.reorder.useMutation({
    onError: (error) => {
      toast.error(t("orderNotSaved", { error: describeApiError(error) }));
    },
    onSettled: refresh,
  });

  const move = (rows: readonly CatalogRow[], row: CatalogRow, direction: "up" | "down") => {
    const from = rows.findIndex((candidate) => candidate.id === row.id);
    const to = direction === "up" ? from - 1 : from + 1;
    const other = rows[to];
    if (from < 0 || !other) return;
    const ids = rows.map((candidate) => candidate.id);
    ids[to] = row.id;
    ids[from] = other.id;
    void utils.catalogs.list.cancel();
    utils.catalogs.list.setData(undefined, (lists) =>
      lists ? { ...lists, [kind.catalog]: inOrder<CatalogRow>(lists[kind.catalog], ids) } : lists,
    );
    reorder.mutate({ ids });
  };

  return {
    toggleActive: (row: CatalogRow) => setActive.mutate({ id: row.id, active: !row.active }),
    move,
  };
}
