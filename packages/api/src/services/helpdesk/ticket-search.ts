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

/** Up to this many matches a source's newest candidates come from its GIN index; beyond, from walking its newest rows. */
const BITMAP_MATCHES = 2_000;

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
  const query = Prisma.sql`soporte_search_query(${search})`;
  const sources = {
    tickets: {
      matching: Prisma.sql`SELECT t.id, t."createdAt" FROM "Ticket" t WHERE t."searchVector" @@ ${query} AND ${scope}`,
      ranked: Prisma.sql`SELECT t.id, ts_rank_cd(t."searchVector", ${query})::float8 AS rank, n.total::int AS total
                           FROM n JOIN "Ticket" t ON t.id = n.id`,
    },
    comments: {
      matching: Prisma.sql`SELECT c.id, c."createdAt" FROM "Comment" c ${join}
                            WHERE c."searchVector" @@ ${query} AND ${scope} ${notes}`,
      ranked: Prisma.sql`SELECT c."ticketId" AS id, ts_rank_cd(c."searchVector", ${query})::float8 AS rank, n.total::int AS total
                           FROM n JOIN "Comment" c ON c.id = n.id`,
    },
  };
  // The newest candidates of each source from the GIN index (forced: the planner's guess of how
  // many documents hold a word is often off by a hundred times, and a wrong guess walks a million rows).
  const newest = (source: (typeof sources)["tickets"]) => db.$queryRaw<{ id: string; rank: number; total: number }[]>`
    WITH m AS MATERIALIZED (${source.matching} LIMIT ${BITMAP_MATCHES + 1}),
         n AS (SELECT id, count(*) OVER () AS total FROM m ORDER BY "createdAt" DESC LIMIT ${SEARCH_CANDIDATES})
    ${source.ranked}`;
  const [, , , tickets, comments, numbered] = await db.$transaction([
    db.$executeRaw`SET LOCAL enable_seqscan = off`,
    db.$executeRaw`SET LOCAL enable_indexscan = off`,
    db.$executeRaw`SET LOCAL enable_indexonlyscan = off`,
    newest(sources.tickets),
    newest(sources.comments),
    db.$queryRaw<{ id: string; rank: number }[]>`
      SELECT t.id, ${NUMBER_RANK}::float8 AS rank FROM "Ticket" t WHERE t.number = ${number ?? null}::int AND ${scope}`,
  ]);
  // A word in more documents than that: walking the newest rows finds its candidates sooner.
  const common = (rows: { total: number }[]) => (rows[0]?.total ?? 0) > BITMAP_MATCHES;
  const walk = (source: (typeof sources)["tickets"]) => db.$queryRaw<{ id: string; rank: number }[]>`
    WITH n AS (SELECT id, 0 AS total FROM (${source.matching}) m ORDER BY "createdAt" DESC LIMIT ${SEARCH_CANDIDATES})
    ${source.ranked}`;
  const [ticketRows, commentRows] = await Promise.all([
    common(tickets) ? walk(sources.tickets) : tickets,
    common(comments) ? walk(sources.comments) : comments,
  ]);
  const ranks = new Map<string, number>();
  for (const row of [...ticketRows, ...commentRows, ...numbered]) {
    ranks.set(row.id, Math.max(ranks.get(row.id) ?? 0, Number(row.rank)));
  }
  return ranks;
}
