import { createParser, parseAsArrayOf, parseAsNumberLiteral, parseAsString, parseAsStringLiteral } from "nuqs";
import { PAGE_SIZES } from "./keyset-pagination";

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
