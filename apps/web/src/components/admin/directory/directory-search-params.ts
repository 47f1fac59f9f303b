import { useQueryStates } from "nuqs";
import { activeFilterParser, listSearchParams } from "@/components/data-table/search-params";

/** Organizations' and locations' list state in the URL: search, status, page size, cursors. */
export const directorySearchParams = { ...listSearchParams, status: activeFilterParser };

export function useDirectorySearchParams() {
  return useQueryStates(directorySearchParams, { history: "replace" });
}

export type DirectorySearchParams = ReturnType<typeof useDirectorySearchParams>[0];
export type SetDirectorySearchParams = ReturnType<typeof useDirectorySearchParams>[1];
