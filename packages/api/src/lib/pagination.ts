import { z } from "zod";
import { fieldError } from "./errors";

/** What a cursor's sort value must be, by the kind of column the list is sorted on. */
const CURSOR_VALUES = {
  string: z.string().max(500),
  date: z.iso.datetime().pipe(z.coerce.date()),
  int: z.number().int().min(-2_147_483_648).max(2_147_483_647),
} as const;

export type CursorKind = keyof typeof CURSOR_VALUES;

/** Keyset cursors: the sort value and id of the last row of a page, opaque to clients. */
export function encodeCursor(value: string | Date | number, id: string): string {
  return Buffer.from(JSON.stringify([value instanceof Date ? value.toISOString() : value, id])).toString("base64url");
}

/**
 * The sort value and id of a cursor, checked against what the list sorts on: a crafted cursor is a
 * BAD_REQUEST on `cursor`, never a value the database chokes on.
 */
export function decodeCursor<K extends CursorKind>(
  cursor: string,
  kind: K,
): { value: z.output<(typeof CURSOR_VALUES)[K]>; id: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString());
  } catch {
    throw invalidCursor("it is not a cursor this API made");
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw invalidCursor("it is not a cursor this API made");
  const value = CURSOR_VALUES[kind].safeParse(parsed[0]);
  if (!value.success) throw invalidCursor(`its sort value must be ${SORT_VALUE_NAMES[kind]}`);
  const id = z.uuid().safeParse(parsed[1]);
  if (!id.success) throw invalidCursor("its id must be a uuid");
  return { value: value.data as z.output<(typeof CURSOR_VALUES)[K]>, id: id.data };
}

const SORT_VALUE_NAMES: Record<CursorKind, string> = {
  string: "text",
  date: "a date, as this list is sorted by date",
  int: "a whole number",
};

/** For lists ordered by a serial id alone (the audit log): the last id of the page. */
export function encodeSerialCursor(id: bigint): string {
  return Buffer.from(JSON.stringify([id.toString()])).toString("base64url");
}

export function decodeSerialCursor(cursor: string): bigint {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString());
  } catch {
    throw invalidCursor("it is not a cursor this API made");
  }
  const id = z.tuple([z.string().regex(/^\d{1,18}$/)]).safeParse(parsed);
  if (!id.success) throw invalidCursor("it is not a cursor this API made");
  return BigInt(id.data[0]);
}

/** A page of rows ordered by a serial id, fetched with limit + 1. */
export function serialPageOf<T extends { id: bigint }>(rows: T[], limit: number) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeSerialCursor(last.id) : null };
}

function invalidCursor(why: string) {
  return fieldError("cursor", "invalidCursor", `Invalid cursor: ${why}. Load the first page again, without a cursor.`);
}

/**
 * The where-clause for "rows after the cursor" when ordering by (field, id) in one direction,
 * and the page with its next cursor. Fetch limit + 1 rows to know whether there is a next page.
 */
export function keysetAfter(field: string, direction: "asc" | "desc", cursor: { value: unknown; id: string }) {
  const op = direction === "asc" ? "gt" : "lt";
  return { OR: [{ [field]: { [op]: cursor.value } }, { [field]: cursor.value, id: { [op]: cursor.id } }] };
}

export function pageOf<T extends { id: string }>(
  rows: T[],
  limit: number,
  sortValue: (row: T) => string | Date | number,
) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(sortValue(last), last.id) : null };
}
