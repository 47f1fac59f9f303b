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
