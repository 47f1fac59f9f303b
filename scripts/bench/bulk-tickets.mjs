import pg from "pg";

/**
 * `count` tickets spread over the seeded catalogs, requesters and agents, created over the last year,
 * in one INSERT … SELECT (the triggers fill priorityRank).
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
          g AS (SELECT g, now() - make_interval(secs => g * (31536000.0 / $1::int)) AS created FROM generate_series(1, $1::int) g)
     INSERT INTO "Ticket" (id, title, description, "statusId", "priorityId", "categoryId", "requesterId", "assigneeId",
                           tags, "createdAt", "updatedAt", "responseDueAt", "resolutionDueAt")
     SELECT gen_random_uuid(), 'Bench ticket ' || g.g, 'Generated for the benchmark.',
            s.ids[1 + g.g % array_length(s.ids, 1)], p.ids[1 + g.g % array_length(p.ids, 1)],
            c.ids[1 + g.g % array_length(c.ids, 1)], r.ids[1 + g.g % array_length(r.ids, 1)],
            CASE WHEN g.g % 4 = 0 THEN NULL ELSE a.ids[1 + g.g % array_length(a.ids, 1)] END,
            '{}', g.created, g.created,
            g.created + make_interval(mins => p.resp[1 + g.g % array_length(p.ids, 1)]),
            g.created + make_interval(mins => p.res[1 + g.g % array_length(p.ids, 1)])
       FROM g, s, p, c, r, a`,
    [count],
  );
  await client.query(`ANALYZE "Ticket"`);
  await client.end();
}
