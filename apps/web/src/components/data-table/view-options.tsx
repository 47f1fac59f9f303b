"use client";

import type { Table } from "@tanstack/react-table";
import { Settings2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { lazy } from "react";
import { Button } from "@/components/ui/button";
import { DeferredDropdownMenu } from "@/components/ui/deferred-dropdown-menu";

const loadItems = () => import("./view-options-items");
const ViewOptionsMenu = lazy(loadItems);

/** "Columns" menu: a checkbox per column that can be hidden. */
export function ViewOptions<TData>({ table }: { table: Table<TData> }) {
  const t = useTranslations("common.table");
  return (
    <DeferredDropdownMenu
      preload={loadItems}
      trigger={
        <Button type="button" variant="outline" size="sm" className="h-9">
          <Settings2 aria-hidden />
          {t("columns")}
        </Button>
      }
    >
      <ViewOptionsMenu table={table as Table<unknown>} />
    </DeferredDropdownMenu>
  );
}
