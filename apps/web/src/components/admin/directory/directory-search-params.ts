import { useQueryStates } from "nuqs";
import { createLoader } from "nuqs/server";
import { cursorStack } from "@/components/data-table/cursor-stack";
import { activeFilter, activeFilterParser, listSearchParams } from "@/components/data-table/search-params";

/** Organizations' and locations' list state in the URL: search, status, page size, cursors. */
export const directorySearchParams = { ...listSearchParams, status: activeFilterParser };

/** The URL state in a server component (the directory pages prefetch their first rows with it). */
export const loadDirectorySearchParams = createLoader(directorySearchParams);

export function useDirectorySearchParams() {
  return useQueryStates(directorySearchParams, { history: "replace" });
}

export type DirectorySearchParams = ReturnType<typeof useDirectorySearchParams>[0];
export type SetDirectorySearchParams = ReturnType<typeof useDirectorySearchParams>[1];

/** The `organizations.list` / `locations.list` input of the URL state. */
export function directoryListInput(params: DirectorySearchParams) {
  return {
    limit: params.size,
    cursor: cursorStack.current(params.after),
    search: params.q || undefined,
    active: activeFilter(params.status),
  };
}
