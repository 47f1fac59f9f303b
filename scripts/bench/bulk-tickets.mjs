import pg from "pg";

/**
 * `count` tickets spread at random (each field independently, as in real queues) over the seeded
 * catalogs, requesters and agents, created over the last year, in one INSERT … SELECT (the triggers
 * fill priorityRank and the dashboard counters); a quarter unassigned. Times follow the status, as the
 * API keeps them: resolved and closed tickets have resolvedAt (closed ones closedAt), every ticket past
 * "open" and half of the open ones a first response, a few of them late.
 */
export async function bulkTickets(databaseUrl, count) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(
    `WITH s AS (SELECT array_agg(id ORDER BY position) AS ids, array_agg(category::text ORDER BY position) AS cats
                 FROM "TicketStatus"),
          p AS (SELECT array_agg(id ORDER BY position) AS ids, array_agg("responseMinutes" ORDER BY position) AS resp,
                       array_agg("resolutionMinutes" ORDER BY position) AS res FROM "Priority"),
          c AS (SELECT array_agg(id ORDER BY position) AS ids FROM "Category"),
          r AS (SELECT array_agg(u.id ORDER BY u.id) AS ids FROM "User" u JOIN "UserRole" ur ON ur."userId" = u.id
                  JOIN "Role" ro ON ro.id = ur."roleId" AND ro.name = 'requester'),
          a AS (SELECT array_agg(u.id ORDER BY u.id) AS ids FROM "User" u JOIN "UserRole" ur ON ur."userId" = u.id
                  JOIN "Role" ro ON ro.id = ur."roleId" AND ro.name = 'agent'),
          g AS (SELECT g, now() - make_interval(secs => g * (31536000.0 / $1::int)) AS created,
                       random() AS rs, random() AS rp, random() AS rc, random() AS rr, random() AS ra,
                       random() AS rf, random() AS rv FROM generate_series(1, $1::int) g),
          t AS (SELECT g.*, s.cats[1 + floor(g.rs * array_length(s.ids, 1))::int] AS cat,
                       p.resp[1 + floor(g.rp * array_length(p.ids, 1))::int] AS resp,
                       p.res[1 + floor(g.rp * array_length(p.ids, 1))::int] AS res FROM g, s, p)
     INSERT INTO "Ticket" (id, title, description, "statusId", "priorityId", "categoryId", "requesterId", "assigneeId",
                           tags, "createdAt", "updatedAt", "responseDueAt", "resolutionDueAt",
                           "responseSoonAt", "resolutionSoonAt", "firstResponseAt", "resolvedAt", "closedAt")
     SELECT gen_random_uuid(), 'Bench ticket ' || g.g, 'Generated for the benchmark.',
            s.ids[1 + floor(g.rs * array_length(s.ids, 1))::int], p.ids[1 + floor(g.rp * array_length(p.ids, 1))::int],
            c.ids[1 + floor(g.rc * array_length(c.ids, 1))::int], r.ids[1 + floor(g.rr * array_length(r.ids, 1))::int],
            CASE WHEN g.ra < 0.25 THEN NULL ELSE a.ids[1 + floor((g.ra - 0.25) / 0.75 * array_length(a.ids, 1))::int] END,
            '{}', g.created, g.created,
            g.created + make_interval(mins => p.resp[1 + floor(g.rp * array_length(p.ids, 1))::int]),
            g.created + make_interval(mins => p.res[1 + floor(g.rp * array_length(p.ids, 1))::int]),
            g.created + make_interval(secs => 48 * p.resp[1 + floor(g.rp * array_length(p.ids, 1))::int]),
            g.created + make_interval(secs => 48 * p.res[1 + floor(g.rp * array_length(p.ids, 1))::int]),
            CASE WHEN t.cat <> 'open' OR t.rf < 0.5 THEN LEAST(now(), g.created + make_interval(secs => t.rf * 72 * t.resp)) END,
            CASE WHEN t.cat IN ('resolved', 'closed') THEN LEAST(now(), g.created + make_interval(secs => 80 * t.res * (0.2 + t.rv))) END,
            CASE WHEN t.cat = 'closed' THEN LEAST(now(), g.created + make_interval(secs => 80 * t.res * (0.2 + t.rv))) END
       FROM g JOIN t ON t.g = g.g, s, p, c, r, a`,
    [count],
  );
  await client.query(`ANALYZE "Ticket"`);
  await client.end();
}
