"use client";

import type { Table } from "@tanstack/react-table";
import { AlertCircle, SearchX, type LucideIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { cursorStack } from "@/components/data-table/cursor-stack";
import { DataTable } from "@/components/data-table/data-table";
import { DebouncedSearch } from "@/components/data-table/debounced-search";
import { EmptyState } from "@/components/data-table/empty-state";
import { KeysetPagination } from "@/components/data-table/keyset-pagination";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/native-select";
import { useApiErrors } from "@/lib/api-errors";
import type { DirectoryKind } from "./directory-config";
import type { DirectorySearchParams, SetDirectorySearchParams } from "./directory-search-params";

type DirectoryListProps<T> = {
  table: Table<T>;
  params: DirectorySearchParams;
  setParams: SetDirectorySearchParams;
  query: {
    data?: { items: T[]; nextCursor: string | null };
    error: unknown;
    isPending: boolean;
    isPlaceholderData: boolean;
    isFetching: boolean;
  };
  /** Whose texts (`audit.<kind>`): the table's name, the search box, the empty states… */
  kind: DirectoryKind;
  icon: LucideIcon;
};

/** Search, status filter, table and pagination of a directory (organizations, locations). */
export function DirectoryList<T>({ table, params, setParams, query, kind, icon }: DirectoryListProps<T>) {
  const { describeApiError } = useApiErrors();
  const t = useTranslations("audit");
  const filtered = Boolean(params.q || params.status);
  const clear = () => void setParams({ q: null, status: null, after: null });
  return (
    <div className="grid gap-4">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
        <DebouncedSearch
          label={t(`${kind}.search`)}
          placeholder={t(`${kind}.searchPlaceholder`)}
          value={params.q}
          onSearch={(q) => void setParams({ q: q || null, after: null })}
          className="w-full sm:w-72"
        />
        <div className="sm:w-40">
          <NativeSelect
            aria-label={t("directory.filters.status")}
            value={params.status ?? ""}
            onChange={(event) => {
              const value = event.target.value;
              void setParams({ status: value === "active" || value === "inactive" ? value : null, after: null });
            }}
          >
            <option value="">{t("directory.filters.anyStatus")}</option>
            <option value="active">{t("directory.filters.active")}</option>
            <option value="inactive">{t("directory.filters.inactive")}</option>
          </NativeSelect>
        </div>
      </div>
      {query.error ? (
        <Alert variant="destructive" role="alert">
          <AlertCircle aria-hidden />
          <AlertDescription>
            {t(`${kind}.loadError`, { error: describeApiError(query.error) })}
            <Button type="button" variant="outline" size="sm" onClick={() => void setParams(null)}>
              {t("directory.filters.reset")}
            </Button>
          </AlertDescription>
        </Alert>
      ) : (
        <div className="overflow-hidden rounded-lg border">
          <DataTable
            table={table}
            label={t(`${kind}.title`)}
            loading={query.isPending}
            refreshing={query.isPlaceholderData}
            skeletonRows={5}
            empty={
              filtered ? (
                <EmptyState
                  icon={SearchX}
                  title={t(`${kind}.noMatch`)}
                  description={t("directory.filters.noMatchHint")}
                  action={
                    <Button type="button" variant="outline" size="sm" onClick={clear}>
                      {t("directory.filters.clear")}
                    </Button>
                  }
                />
              ) : (
                <EmptyState icon={icon} title={t(`${kind}.empty`)} description={t(`${kind}.emptyHint`)} />
              )
            }
          />
        </div>
      )}
      <KeysetPagination
        noun={t(`${kind}.pageNoun`)}
        pluralNoun={t(`${kind}.pageNouns`)}
        page={cursorStack.page(params.after)}
        rowsOnPage={query.data?.items.length ?? 0}
        hasNext={Boolean(query.data?.nextCursor)}
        pageSize={params.size}
        disabled={query.isFetching}
        onFirst={() => void setParams({ after: null })}
        onPrevious={() => void setParams({ after: cursorStack.previous(params.after) })}
        onNext={() => {
          const next = query.data?.nextCursor;
          if (next) void setParams({ after: cursorStack.next(params.after, next) });
        }}
        onPageSizeChange={(size) => void setParams({ size, after: null })}
      />
    </div>
  );
}
