import pg from "pg";

/**
 * `count` tickets spread at random (each field independently, as in real queues) over the seeded
 * catalogs, requesters and agents, created over the last year, in one INSERT … SELECT (the triggers
 * fill priorityRank); a quarter unassigned.
 */
export async function bulkTickets(databaseUrl, count) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(
    `WITH s AS (SELECT array_agg(id ORDER BY position) AS ids FROM "TicketStatus"),
          p AS (SELECT array_agg(id ORDER BY position) AS ids, array_agg("responseMinutes" ORDER BY position) AS resp,
                       array_agg("resolutionMinutes" ORDER BY position) AS res FROM "Priority"),
          c AS (SELECT array_agg(id ORDER BY position) AS ids FROM "Category"),
          r AS (SELECT array_agg(u.id ORDER BY u.id) AS ids FROM "User" u JOIN "UserRole" ur ON ur."userId" = u.id
                  JOIN "Role" ro ON ro.id = ur."roleId" AND ro.name = 'requester'),
          a AS (SELECT array_agg(u.id ORDER BY u.id) AS ids FROM "User" u JOIN "UserRole" ur ON ur."userId" = u.id
                  JOIN "Role" ro ON ro.id = ur."roleId" AND ro.name = 'agent'),
          g AS (SELECT g, now() - make_interval(secs => g * (31536000.0 / $1::int)) AS created,
                       random() AS rs, random() AS rp, random() AS rc, random() AS rr, random() AS ra FROM generate_series(1, $1::int) g)
     INSERT INTO "Ticket" (id, title, description, "statusId", "priorityId", "categoryId", "requesterId", "assigneeId",
                           tags, "createdAt", "updatedAt", "responseDueAt", "resolutionDueAt",
                           "responseSoonAt", "resolutionSoonAt")
     SELECT gen_random_uuid(), 'Bench ticket ' || g.g, 'Generated for the benchmark.',
            s.ids[1 + floor(g.rs * array_length(s.ids, 1))::int], p.ids[1 + floor(g.rp * array_length(p.ids, 1))::int],
            c.ids[1 + floor(g.rc * array_length(c.ids, 1))::int], r.ids[1 + floor(g.rr * array_length(r.ids, 1))::int],
            CASE WHEN g.ra < 0.25 THEN NULL ELSE a.ids[1 + floor((g.ra - 0.25) / 0.75 * array_length(a.ids, 1))::int] END,
            '{}', g.created, g.created,
            g.created + make_interval(mins => p.resp[1 + floor(g.rp * array_length(p.ids, 1))::int]),
            g.created + make_interval(mins => p.res[1 + floor(g.rp * array_length(p.ids, 1))::int]),
            g.created + make_interval(mins => 0.8 * p.resp[1 + floor(g.rp * array_length(p.ids, 1))::int]),
            g.created + make_interval(mins => 0.8 * p.res[1 + floor(g.rp * array_length(p.ids, 1))::int])
       FROM g, s, p, c, r, a`,
    [count],
  );
  await client.query(`ANALYZE "Ticket"`);
  await client.end();
}
