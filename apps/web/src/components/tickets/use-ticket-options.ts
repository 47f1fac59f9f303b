"use client";

import { useEffect } from "react";
import { api } from "@/trpc/react";
import type { Catalogs, Person } from "./ticket-types";

/** The ticket catalogs (statuses, priorities…), inactive items included; they rarely change. */
export function useCatalogs() {
  return api.catalogs.list.useQuery(undefined, { staleTime: 5 * 60_000 });
}

/** The active items of a catalog, plus the one already chosen even if it was deactivated since. */
export function activeItems<T extends Catalogs[keyof Catalogs][number]>(
  items: readonly T[] | undefined,
  keep?: string | null,
): T[] {
  return (items ?? []).filter((item) => item.active || item.id === keep);
}

/** The first active status of a category: what "Close" and "Resolve" move a ticket to. */
export function firstStatusOf(catalogs: Catalogs | undefined, category: "open" | "pending" | "resolved" | "closed") {
  return catalogs?.statuses.find((status) => status.active && status.category === category) ?? null;
}

/** Every staff member who can be assigned tickets, all pages of the picker (needs `users.read`). */
export function useStaffOptions(enabled: boolean): { people: Person[]; loading: boolean } {
  const query = api.users.staff.useInfiniteQuery(
    { limit: 50 },
    { enabled, getNextPageParam: (last) => last.nextCursor, staleTime: 60_000 },
  );
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  const people = query.data?.pages.flatMap((page) => page.items) ?? [];
  return { people, loading: enabled && !query.isError && (!query.data || hasNextPage) };
}

/**
 * The problem types offered for a category: its own and the general ones (no category). Without a
 * category only the general ones. The one already chosen stays listed.
 */
export function problemTypesFor(catalogs: Catalogs | undefined, categoryId: string | null, keep?: string | null) {
  return activeItems(catalogs?.problemTypes, keep).filter(
    (type) => type.categoryId === null || type.categoryId === categoryId || type.id === keep,
  );
}
