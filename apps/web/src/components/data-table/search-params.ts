// Parsers from nuqs/server: a page's server component reads the same URL state (trpc/server.ts).
import { createParser, parseAsArrayOf, parseAsNumberLiteral, parseAsString, parseAsStringLiteral } from "nuqs/server";

export const PAGE_SIZES = [10, 25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id in the URL; anything else is ignored rather than sent to the API. */
export const parseAsUuid = createParser({
  parse: (value: string) => (UUID.test(value) ? value.toLowerCase() : null),
  serialize: (value: string) => value,
});

/** The URL state every paginated list shares: search, page size and the keyset cursor stack. */
export const listSearchParams = {
  q: parseAsString.withDefault(""),
  size: parseAsNumberLiteral(PAGE_SIZES).withDefault(25),
  after: parseAsArrayOf(parseAsString).withDefault([]),
};

export const activeFilterParser = parseAsStringLiteral(["active", "inactive"] as const);

/** "active" / "inactive" in the URL → the API's `active` filter. */
export function activeFilter(value: "active" | "inactive" | null): boolean | undefined {
  return value === null ? undefined : value === "active";
}
