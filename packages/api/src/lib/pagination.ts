import { TRPCError } from "@trpc/server";

/** Keyset cursors: the sort value and id of the last row of a page, opaque to clients. */
export function encodeCursor(value: string | number | Date, id: string): string {
  return Buffer.from(JSON.stringify([value instanceof Date ? value.toISOString() : value, id])).toString("base64url");
}

export function decodeCursor(cursor: string): { value: string | number; id: string } {
  try {
    const [value, id] = JSON.parse(Buffer.from(cursor, "base64url").toString()) as [unknown, unknown];
    if ((typeof value === "string" || typeof value === "number") && typeof id === "string") return { value, id };
  } catch {
    // fall through
  }
  throw new TRPCError({ code: "BAD_REQUEST", message: "Invalid cursor." });
}

/**
 * The where-clause for "rows after the cursor" when ordering by (field, id) in one direction,
 * and the page with its next cursor. Fetch limit + 1 rows to know whether there is a next page.
 */
export function keysetAfter(field: string, direction: "asc" | "desc", cursor: { value: unknown; id: string }) {
  const op = direction === "asc" ? "gt" : "lt";
  return { OR: [{ [field]: { [op]: cursor.value } }, { [field]: cursor.value, id: { [op]: cursor.id } }] };
}

export function pageOf<T extends { id: string }>(rows: T[], limit: number, sortValue: (row: T) => string | number | Date) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(sortValue(last), last.id) : null };
}
