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
