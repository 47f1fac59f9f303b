import { USER_SORTS } from "@soporte/api/constants";
import { useQueryStates } from "nuqs";
import { createLoader, parseAsStringLiteral } from "nuqs/server";
import { cursorStack } from "@/components/data-table/cursor-stack";
import { activeFilter, activeFilterParser, listSearchParams, parseAsUuid } from "@/components/data-table/search-params";

/** The users table's state, all of it in the URL so a link or a reload shows the same rows. */
export const usersSearchParams = {
  ...listSearchParams,
  role: parseAsUuid,
  status: activeFilterParser,
  org: parseAsUuid,
  loc: parseAsUuid,
  // Once chosen, the order is spelled out in the URL even when it is the default one.
  sort: parseAsStringLiteral(USER_SORTS).withDefault("createdAt").withOptions({ clearOnDefault: false }),
  dir: parseAsStringLiteral(["asc", "desc"] as const)
    .withDefault("desc")
    .withOptions({ clearOnDefault: false }),
};

/** The URL state in a server component (the users page prefetches its first rows with it). */
export const loadUsersSearchParams = createLoader(usersSearchParams);

export function useUsersSearchParams() {
  return useQueryStates(usersSearchParams, { history: "replace" });
}

export type UsersSearchParams = ReturnType<typeof useUsersSearchParams>[0];
export type SetUsersSearchParams = ReturnType<typeof useUsersSearchParams>[1];

/** The `users.list` input of the URL state. */
export function userListInput(params: UsersSearchParams) {
  return {
    limit: params.size,
    cursor: cursorStack.current(params.after),
    search: params.q || undefined,
    roleId: params.role ?? undefined,
    active: activeFilter(params.status),
    organizationId: params.org ?? undefined,
    locationId: params.loc ?? undefined,
    sort: params.sort,
    direction: params.dir,
  };
}
