// The SQL a hand-written service would run to answer each benchmarked procedure: the bench's bare
// node:http + pg reference server answers with exactly these.

/** me.get: the live session's user with organization, location, roles and effective permissions. */
export const meQuery = `
  SELECT u.id, u.email, u.username, u."fullName", u.bio, u.phone, u.locale, u."avatarColor", u."isSuperuser",
         u."createdAt", u."lastLoginAt",
         CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('id', o.id, 'name', o.name) END AS organization,
         CASE WHEN l.id IS NULL THEN NULL ELSE json_build_object('id', l.id, 'name', l.name) END AS location,
         array(SELECT r.name FROM "UserRole" ur JOIN "Role" r ON r.id = ur."roleId" WHERE ur."userId" = u.id ORDER BY r.name) AS roles,
         array(SELECT DISTINCT p FROM "UserRole" ur JOIN "Role" r ON r.id = ur."roleId", unnest(r.permissions) AS p
                WHERE ur."userId" = u.id ORDER BY p) AS permissions
    FROM "Session" s JOIN "User" u ON u.id = s."userId"
    LEFT JOIN "Organization" o ON o.id = u."organizationId" LEFT JOIN "Location" l ON l.id = u."locationId"
   WHERE s.id = $1 AND s."revokedAt" IS NULL AND s."expiresAt" > now() AND u.active`;

/** users.list: a page of 50 (+1 to know there is a next page) matching a search, newest first, with
 * what the admin table shows (users.list's adminUserSelect). */
export const usersListQuery = `
  SELECT u.id, u.email, u.username, u."fullName", u.bio, u.phone, u.locale, u."avatarColor", u."isSuperuser",
         u."createdAt", u."lastLoginAt", u.active, u."updatedAt",
         CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('id', o.id, 'name', o.name) END AS organization,
         CASE WHEN l.id IS NULL THEN NULL ELSE json_build_object('id', l.id, 'name', l.name) END AS location,
         array(SELECT json_build_object('id', r.id, 'name', r.name) FROM "UserRole" ur JOIN "Role" r ON r.id = ur."roleId"
                WHERE ur."userId" = u.id ORDER BY r.name) AS roles
    FROM "User" u LEFT JOIN "Organization" o ON o.id = u."organizationId" LEFT JOIN "Location" l ON l.id = u."locationId"
   WHERE u."anonymizedAt" IS NULL AND (u."fullName" ILIKE $1 OR u.email ILIKE $1 OR u.username ILIKE $1)
   ORDER BY u."createdAt" DESC, u.id DESC LIMIT 51`;

const ticketColumns = `
  t.id, t.number, t.title, t.tags, t."createdAt", t."updatedAt", t."firstResponseAt", t."resolvedAt", t."closedAt",
  t."responseDueAt", t."resolutionDueAt",
  json_build_object('id', s.id, 'name', s.name, 'nameEs', s."nameEs", 'color', s.color, 'category', s.category) AS status,
  json_build_object('id', p.id, 'name', p.name, 'nameEs', p."nameEs", 'color', p.color) AS priority,
  CASE WHEN cr.id IS NULL THEN NULL ELSE json_build_object('id', cr.id, 'name', cr.name, 'nameEs', cr."nameEs", 'color', cr.color) END AS criticality,
  CASE WHEN c.id IS NULL THEN NULL ELSE json_build_object('id', c.id, 'name', c.name, 'nameEs', c."nameEs") END AS category,
  json_build_object('id', rq.id, 'fullName', rq."fullName", 'avatarColor', rq."avatarColor") AS requester,
  CASE WHEN a.id IS NULL THEN NULL ELSE json_build_object('id', a.id, 'fullName', a."fullName", 'avatarColor', a."avatarColor") END AS assignee`;

const ticketJoins = `
  JOIN "TicketStatus" s ON s.id = t."statusId" JOIN "Priority" p ON p.id = t."priorityId"
  LEFT JOIN "Criticality" cr ON cr.id = t."criticalityId" LEFT JOIN "Category" c ON c.id = t."categoryId"
  JOIN "User" rq ON rq.id = t."requesterId" LEFT JOIN "User" a ON a.id = t."assigneeId"`;

/** tickets.list: a page of 50 (+1) of one status, newest first, with what the list rows show. */
export const ticketsListQuery = `
  SELECT ${ticketColumns} FROM "Ticket" t ${ticketJoins}
   WHERE t."statusId" = $1 ORDER BY t."createdAt" DESC, t.id DESC LIMIT 51`;

/** tickets.get: one ticket by number with what the ticket page shows. */
export const ticketGetQuery = `
  SELECT ${ticketColumns}, t.description,
         CASE WHEN pt.id IS NULL THEN NULL ELSE json_build_object('id', pt.id, 'name', pt.name, 'nameEs', pt."nameEs", 'categoryId', pt."categoryId") END AS "problemType",
         CASE WHEN l.id IS NULL THEN NULL ELSE json_build_object('id', l.id, 'name', l.name) END AS location,
         CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('id', o.id, 'name', o.name) END AS organization
    FROM "Ticket" t ${ticketJoins}
    LEFT JOIN "ProblemType" pt ON pt.id = t."problemTypeId" LEFT JOIN "Location" l ON l.id = t."locationId"
    LEFT JOIN "Organization" o ON o.id = t."organizationId"
   WHERE t.number = $1`;

/** The single filters of the tickets.list sweep, as SQL on `t` (the status joined as `s`); `$1` is the value. */
export const ticketFilterSql = {
  status: `t."statusId" = $1`,
  state: `s.category = $1`,
  priority: `t."priorityId" = $1`,
  criticality: `t."criticalityId" = $1`,
  category: `t."categoryId" = $1`,
  problemType: `t."problemTypeId" = $1`,
  assignee: `t."assigneeId" = $1`,
  unassigned: `t."assigneeId" IS NULL AND $1::text IS NOT NULL`,
  requester: `t."requesterId" = $1`,
  organization: `t."organizationId" = $1`,
  location: `t."locationId" = $1`,
  tag: `t.tags @> ARRAY[$1::text]`,
  createdFrom: `t."createdAt" >= $1::timestamp`,
  // services/helpdesk/sla.ts slaWhere, written out.
  breached: `$1::timestamp IS NOT NULL AND (
      (t."resolvedAt" IS NULL AND t."resolutionDueAt" < $1::timestamp)
   OR (t."firstResponseAt" IS NULL AND t."resolvedAt" IS NULL AND t."responseDueAt" < $1::timestamp)
   OR t."firstResponseAt" > t."responseDueAt" OR t."resolvedAt" > t."resolutionDueAt"
   OR (t."firstResponseAt" IS NULL AND t."resolvedAt" > t."responseDueAt"))`,
  dueSoon: `t."resolvedAt" IS NULL AND t."resolutionDueAt" >= $1::timestamp
   AND NOT (t."firstResponseAt" IS NULL AND t."responseDueAt" < $1::timestamp)
   AND NOT coalesce(t."firstResponseAt" > t."responseDueAt", false)
   AND (t."resolutionSoonAt" <= $1::timestamp OR (t."firstResponseAt" IS NULL AND t."responseSoonAt" <= $1::timestamp))`,
};

/** The sorts of tickets.list, as columns of `t`. */
export const ticketSortSql = {
  createdAt: `t."createdAt"`,
  updatedAt: `t."updatedAt"`,
  number: `t.number`,
  priority: `t."priorityRank"`,
  dueAt: `t."resolutionDueAt"`,
};

/** tickets.list with one filter and one sort: the first page of 50 (+1). */
export function ticketsPageQuery(filter, sort, direction) {
  const column = ticketSortSql[sort];
  const dir = direction === "asc" ? "ASC" : "DESC";
  return `SELECT ${ticketColumns} FROM "Ticket" t ${ticketJoins}
   WHERE ${ticketFilterSql[filter]} ORDER BY ${column} ${dir}, t.id ${dir} LIMIT 51`;
}

/** tickets.list with a search, best match first: services/helpdesk/ticket-search.ts for a caller who sees
 * every ticket and reads notes, then the first page of the ranked matches. */
export const ticketsSearchQuery = `
  WITH matches AS (
    SELECT id, max(rank) AS rank FROM (
      SELECT m.id, ts_rank_cd(m.v, soporte_search_query($1)) AS rank FROM (
        SELECT t.id, t."searchVector" AS v FROM "Ticket" t WHERE t."searchVector" @@ soporte_search_query($1)
         ORDER BY t."createdAt" DESC LIMIT 1000) m
      UNION ALL
      SELECT m."ticketId", ts_rank_cd(m.v, soporte_search_query($1)) FROM (
        SELECT c."ticketId", c."searchVector" AS v FROM "Comment" c WHERE c."searchVector" @@ soporte_search_query($1)
         ORDER BY c."createdAt" DESC LIMIT 1000) m
    ) r GROUP BY id)
  SELECT ${ticketColumns} FROM matches m JOIN "Ticket" t ON t.id = m.id ${ticketJoins}
   ORDER BY m.rank DESC, t."createdAt" DESC, t.id DESC LIMIT 51`;

/** dashboard.stats for a caller who sees every ticket, the last 30 days ($1 = now): the statements
 * services/helpdesk/dashboard.ts runs — the counter rows, the live counts, the medians. */
export const dashboardQueries = [
  `SELECT dimension, key, count FROM "TicketCounter"
    WHERE dimension IN ('status', 'priority', 'criticality', 'category', 'location', 'assignee')`,
  `SELECT dimension, day, count FROM "TicketCounter"
    WHERE dimension IN ('created', 'resolved') AND day >= to_char($1::timestamp - interval '29 days', 'YYYY-MM-DD')`,
  `SELECT key, sum(count) FROM "TicketCounter"
    WHERE dimension = 'breach' AND day < to_char($1::timestamp, 'YYYY-MM-DD') GROUP BY key`,
  `SELECT t."assigneeId", count(*) FROM "Ticket" t
    WHERE t."resolvedAt" IS NULL AND t."resolutionDueAt" >= date_trunc('day', $1::timestamp)
      AND (t."firstResponseAt" IS NULL AND t."responseDueAt" >= date_trunc('day', $1::timestamp)
           OR t."firstResponseAt" <= t."responseDueAt")
      AND (t."resolutionDueAt" < $1::timestamp OR (t."firstResponseAt" IS NULL AND t."responseDueAt" < $1::timestamp))
    GROUP BY t."assigneeId"`,
  `SELECT count(*) FROM "Ticket" t WHERE ${ticketFilterSql.dueSoon}`,
  `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY date_part('epoch', "firstResponseAt" - "createdAt"))
          FILTER (WHERE "firstResponseAt" IS NOT NULL) AS response,
          percentile_cont(0.5) WITHIN GROUP (ORDER BY date_part('epoch', "resolvedAt" - "createdAt"))
          FILTER (WHERE "resolvedAt" IS NOT NULL) AS resolution
     FROM "Ticket" WHERE "createdAt" >= date_trunc('day', $1::timestamp) - interval '29 days'`,
];
