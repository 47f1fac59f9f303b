"use client";

import { useEffect } from "react";
import { api } from "@/trpc/react";

export type DirectoryOption = { id: string; name: string; active: boolean };

type InfiniteList = {
  data: { pages: { items: DirectoryOption[] }[] } | undefined;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
  isError: boolean;
};

/** Every page of a name-ordered list, fetched one after the other (pickers need all of them). */
function useAllPages(query: InfiniteList): { options: DirectoryOption[]; loading: boolean } {
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const options =
    query.data?.pages.flatMap((page) => page.items.map(({ id, name, active }) => ({ id, name, active }))) ?? [];
  return { options, loading: !query.isError && (!query.data || hasNextPage) };
}

const PAGE = { limit: 100 } as const;
const nextCursor = (last: { nextCursor: string | null }) => last.nextCursor;

/** All organizations, for filters and pickers. */
export function useOrganizationOptions() {
  return useAllPages(
    api.organizations.list.useInfiniteQuery(PAGE, { getNextPageParam: nextCursor, staleTime: 60_000 }),
  );
}

/** All locations, for filters and pickers. */
export function useLocationOptions() {
  return useAllPages(api.locations.list.useInfiniteQuery(PAGE, { getNextPageParam: nextCursor, staleTime: 60_000 }));
}
