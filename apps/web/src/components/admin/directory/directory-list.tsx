"use client";

import type { Table } from "@tanstack/react-table";
import { AlertCircle, SearchX, type LucideIcon } from "lucide-react";
import { cursorStack } from "@/components/data-table/cursor-stack";
import { DataTable } from "@/components/data-table/data-table";
import { DebouncedSearch } from "@/components/data-table/debounced-search";
import { EmptyState } from "@/components/data-table/empty-state";
import { KeysetPagination } from "@/components/data-table/keyset-pagination";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/native-select";
import { describeApiError } from "@/lib/api-errors";
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
  /** "Organizations" / "organizations". */
  label: string;
  noun: string;
  icon: LucideIcon;
};

/** Search, status filter, table and pagination of a directory (organizations, locations). */
export function DirectoryList<T>({ table, params, setParams, query, label, noun, icon }: DirectoryListProps<T>) {
  const filtered = Boolean(params.q || params.status);
  const clear = () => void setParams({ q: null, status: null, after: null });
  return (
    <div className="grid gap-4">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
        <DebouncedSearch
          label={`Search ${noun}`}
          placeholder={`Search ${noun} by name…`}
          value={params.q}
          onSearch={(q) => void setParams({ q: q || null, after: null })}
          className="w-full sm:w-72"
        />
        <div className="sm:w-40">
          <NativeSelect
            aria-label="Filter by status"
            value={params.status ?? ""}
            onChange={(event) => {
              const value = event.target.value;
              void setParams({ status: value === "active" || value === "inactive" ? value : null, after: null });
            }}
          >
            <option value="">Any status</option>
            <option value="active">Active</option>
            <option value="inactive">Inactive</option>
          </NativeSelect>
        </div>
      </div>
      {query.error ? (
        <Alert variant="destructive" role="alert">
          <AlertCircle aria-hidden />
          <AlertDescription>
            Could not load the {noun}: {describeApiError(query.error)}
            <Button type="button" variant="outline" size="sm" onClick={() => void setParams(null)}>
              Reset the list
            </Button>
          </AlertDescription>
        </Alert>
      ) : (
        <div className="overflow-hidden rounded-lg border">
          <DataTable
            table={table}
            label={label}
            loading={query.isPending}
            refreshing={query.isPlaceholderData}
            skeletonRows={5}
            empty={
              filtered ? (
                <EmptyState
                  icon={SearchX}
                  title={`No ${noun} match`}
                  description="Try another search or status."
                  action={
                    <Button type="button" variant="outline" size="sm" onClick={clear}>
                      Clear filters
                    </Button>
                  }
                />
              ) : (
                <EmptyState
                  icon={icon}
                  title={`No ${noun} yet`}
                  description={`Add the first one with “New ${noun.replace(/s$/, "")}”.`}
                />
              )
            }
          />
        </div>
      )}
      <KeysetPagination
        noun={noun.replace(/s$/, "")}
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
