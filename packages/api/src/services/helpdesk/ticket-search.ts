import { Prisma, type Db } from "@soporte/db";
import type { AuthSession } from "../../auth/session-user";
import { ticketNumberIn } from "../../schemas/helpdesk";
import { isStaff, readsInternalNotes, ticketScopeSql } from "./ticket-scope";

/**
 * How many of the newest matching tickets (and comments) a search ranks. A rare word matches a few
 * tickets and all of them are ranked; a word in a quarter of a million tickets ranks only the newest
 * candidates, so no search reads more than this many rows (migration ticket_search).
 */
export const SEARCH_CANDIDATES = 500;

/** A number match outranks every text match. */
const NUMBER_RANK = 1e9;

/**
 * The tickets the caller may see whose title, description or comments match `search` (PostgreSQL
 * `websearch_to_tsquery` syntax: words, "quoted phrases", -excluded, or), with their rank — bigger
 * is better, a title outweighs a description, a description a comment. Comments count only where
 * the caller may read them: internal notes only for staff who read notes.
 */
export async function searchTickets(db: Db, auth: AuthSession, search: string): Promise<Map<string, number>> {
  const scope = ticketScopeSql(auth);
  // The comments' tickets are read only when the scope needs them.
  const join = isStaff(auth) ? Prisma.empty : Prisma.sql`JOIN "Ticket" t ON t.id = c."ticketId"`;
  const notes = readsInternalNotes(auth) ? Prisma.empty : Prisma.sql`AND NOT c.internal`;
  const number = ticketNumberIn(search);
  // The query is written out in each place (not a CTE) so the planner sees it and chooses between
  // the GIN index (rare words) and walking the newest rows (common ones).
  const query = Prisma.sql`soporte_search_query(${search})`;
  const rows = await db.$queryRaw<{ id: string; rank: number }[]>`
    SELECT id, max(rank)::float8 AS rank FROM (
      SELECT m.id, ts_rank_cd(m.v, ${query}) AS rank FROM (
        SELECT t.id, t."searchVector" AS v FROM "Ticket" t
         WHERE t."searchVector" @@ ${query} AND ${scope}
         ORDER BY t."createdAt" DESC LIMIT ${SEARCH_CANDIDATES}) m
      UNION ALL
      SELECT m."ticketId", ts_rank_cd(m.v, ${query}) AS rank FROM (
        SELECT c."ticketId", c."searchVector" AS v FROM "Comment" c ${join}
         WHERE c."searchVector" @@ ${query} AND ${scope} ${notes}
         ORDER BY c."createdAt" DESC LIMIT ${SEARCH_CANDIDATES}) m
      UNION ALL
      SELECT t.id, ${NUMBER_RANK} FROM "Ticket" t WHERE t.number = ${number ?? null}::int AND ${scope}
    ) matches GROUP BY id`;
  return new Map(rows.map((row) => [row.id, Number(row.rank)]));
}
