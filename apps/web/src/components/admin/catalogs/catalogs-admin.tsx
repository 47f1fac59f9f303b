"use client";

import { CATALOGS, type CatalogName } from "@soporte/api/constants";
import { AlertCircle, Plus } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { parseAsStringLiteral, useQueryState } from "nuqs";
import { lazy, useCallback, useMemo, useState } from "react";
import { PageHeader } from "@/components/shell/page-header";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Deferred } from "@/components/ui/deferred";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { useApiErrors } from "@/lib/api-errors";
import { localizedName } from "@/lib/localized-name";
import { api } from "@/trpc/react";
import { CATALOG_KINDS, type CatalogKind, type CatalogRow } from "./catalog-kinds";
import { CatalogTable } from "./catalog-table";

// The item form loads when first opened (ui/deferred.tsx), with react-hook-form and the schemas.
const loadCatalogFormDialog = () => import("./catalog-form-dialog");
const CatalogFormDialog = lazy(() => loadCatalogFormDialog().then((m) => ({ default: m.CatalogFormDialog })));

const tabParser = parseAsStringLiteral(CATALOGS).withDefault("statuses");
function kindOf(catalog: CatalogName): CatalogKind {
  return CATALOG_KINDS.find((kind) => kind.catalog === catalog) ?? (CATALOG_KINDS[0] as CatalogKind);
}

/** /admin/catalogs: the ticket catalogs, one tab each (the tab is in the URL). */
export function CatalogsAdmin() {
  const { describeApiError } = useApiErrors();
  const t = useTranslations("audit.catalogs");
  const locale = useLocale();
  const [tab, setTab] = useQueryState("tab", tabParser.withOptions({ history: "replace" }));
  const [editing, setEditing] = useState<CatalogRow | "new" | null>(null);
  const lists = api.catalogs.list.useQuery();
  const kind = kindOf(tab);
  const rows: CatalogRow[] | undefined = lists.data?.[tab];
  const categories = useMemo(() => lists.data?.categories ?? [], [lists.data]);
  const categoryNames = useMemo(
    () => new Map(categories.map((category) => [category.id, localizedName(category, locale)])),
    [categories, locale],
  );
  const onEdit = useCallback((row: CatalogRow) => setEditing(row), []);

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <Button type="button" onClick={() => setEditing("new")}>
            <Plus aria-hidden />
            {t(`kinds.${kind.catalog}.new`)}
          </Button>
        }
      />
      <Tabs value={tab} onValueChange={(value) => void setTab(kindOf(value as CatalogName).catalog)}>
        <TabsList aria-label={t("title")}>
          {CATALOG_KINDS.map((item) => (
            <TabsTrigger key={item.catalog} value={item.catalog}>
              {t(`kinds.${item.catalog}.title`)}
            </TabsTrigger>
          ))}
        </TabsList>
        <TabsContent value={tab} className="grid gap-4">
          <p className="text-sm text-muted-foreground">{t(`kinds.${kind.catalog}.description`)}</p>
          {lists.error ? (
            <Alert variant="destructive" role="alert">
              <AlertCircle aria-hidden />
              <AlertDescription>{t("loadError", { error: describeApiError(lists.error) })}</AlertDescription>
            </Alert>
          ) : (
            <CatalogTable key={tab} kind={kind} rows={rows} categoryNames={categoryNames} onEdit={onEdit} />
          )}
        </TabsContent>
      </Tabs>
      <Deferred when={editing !== null} preload={loadCatalogFormDialog}>
        <CatalogFormDialog kind={kind} categories={categories} item={editing} onClose={() => setEditing(null)} />
      </Deferred>
    </>
  );
}
