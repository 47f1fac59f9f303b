import { USER_SORTS } from "@soporte/api/constants";
import { parseAsStringLiteral, useQueryStates } from "nuqs";
import { activeFilterParser, listSearchParams, parseAsUuid } from "@/components/data-table/search-params";

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

export function useUsersSearchParams() {
  return useQueryStates(usersSearchParams, { history: "replace" });
}

export type UsersSearchParams = ReturnType<typeof useUsersSearchParams>[0];
export type SetUsersSearchParams = ReturnType<typeof useUsersSearchParams>[1];
