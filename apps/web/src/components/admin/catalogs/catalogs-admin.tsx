"use client";

import { CATALOGS, type CatalogName } from "@soporte/api/schemas";
import { AlertCircle, Plus } from "lucide-react";
import { parseAsStringLiteral, useQueryState } from "nuqs";
import { useCallback, useMemo, useState } from "react";
import { PageHeader } from "@/components/shell/page-header";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { describeApiError } from "@/lib/api-errors";
import { api } from "@/trpc/react";
import { CatalogFormDialog } from "./catalog-form-dialog";
import { CATALOG_KINDS, type CatalogKind, type CatalogRow } from "./catalog-kinds";
import { CatalogTable } from "./catalog-table";

const tabParser = parseAsStringLiteral(CATALOGS).withDefault("statuses");
function kindOf(catalog: CatalogName): CatalogKind {
  return CATALOG_KINDS.find((kind) => kind.catalog === catalog) ?? (CATALOG_KINDS[0] as CatalogKind);
}

/** /admin/catalogs: the ticket catalogs, one tab each (the tab is in the URL). */
export function CatalogsAdmin() {
  const [tab, setTab] = useQueryState("tab", tabParser.withOptions({ history: "replace" }));
  const [editing, setEditing] = useState<CatalogRow | "new" | null>(null);
  const lists = api.catalogs.list.useQuery();
  const kind = kindOf(tab);
  const rows: CatalogRow[] | undefined = lists.data?.[tab];
  const categories = useMemo(() => lists.data?.categories ?? [], [lists.data]);
  const categoryNames = useMemo(
    () => new Map(categories.map((category) => [category.id, category.name])),
    [categories],
  );
  const onEdit = useCallback((row: CatalogRow) => setEditing(row), []);

  return (
    <>
      <PageHeader
        title="Catalogs"
        description="The lists tickets choose from. Items in use are deactivated rather than deleted, so old tickets keep them."
        actions={
          <Button type="button" onClick={() => setEditing("new")}>
            <Plus aria-hidden />
            {`New ${kind.noun}`}
          </Button>
        }
      />
      <Tabs value={tab} onValueChange={(value) => void setTab(kindOf(value as CatalogName).catalog)}>
        <TabsList aria-label="Catalogs">
          {CATALOG_KINDS.map((item) => (
            <TabsTrigger key={item.catalog} value={item.catalog}>
              {item.title}
            </TabsTrigger>
          ))}
        </TabsList>
        <TabsContent value={tab} className="grid gap-4">
          <p className="text-sm text-muted-foreground">{kind.description}</p>
          {lists.error ? (
            <Alert variant="destructive" role="alert">
              <AlertCircle aria-hidden />
              <AlertDescription>Could not load the catalogs: {describeApiError(lists.error)}</AlertDescription>
            </Alert>
          ) : (
            <CatalogTable key={tab} kind={kind} rows={rows} categoryNames={categoryNames} onEdit={onEdit} />
          )}
        </TabsContent>
      </Tabs>
      <CatalogFormDialog kind={kind} categories={categories} item={editing} onClose={() => setEditing(null)} />
    </>
  );
}
