import pg from "pg";
import { connectPostgres } from "./src/client";
const url = "postgresql://postgres@127.0.0.1:5432/soporte_serving_prof";
const handle = connectPostgres(url, 10);
const db = handle.db;
const pool = new pg.Pool({ connectionString: url, max: 10 });
const { id: sid } = (await db.session.findFirstOrThrow({ select: { id: true } }));
const user = await db.user.findFirstOrThrow({ where: { username: "agent" }, select: { id: true } });
const sql = `SELECT s."revokedAt", s."expiresAt", s."lastUsedAt", u.active, u.id::text AS id, u.email, u.username, u."fullName", u.locale, u."avatarColor", u."isSuperuser",
 array(SELECT r.name FROM "UserRole" ur JOIN "Role" r ON r.id = ur."roleId" WHERE ur."userId" = u.id ORDER BY r.name) AS roles,
 array(SELECT DISTINCT p FROM "UserRole" ur JOIN "Role" r ON r.id = ur."roleId", unnest(r.permissions) AS p WHERE ur."userId" = u.id ORDER BY p) AS permissions
 FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE s.id = $1::uuid`;
const profileSelect = { id: true, email: true, username: true, fullName: true, bio: true, phone: true, locale: true, avatarColor: true, isSuperuser: true, createdAt: true, lastLoginAt: true, organization: { select: { id: true, name: true } }, location: { select: { id: true, name: true } } } as const;
async function time(name: string, fn: () => Promise<unknown>, n = 3000, conc = 8) {
  for (let i = 0; i < 300; i++) await fn();
  const cpu = process.cpuUsage(); const t = performance.now();
  await Promise.all(Array.from({ length: conc }, async () => { for (let i = 0; i < n / conc; i++) await fn(); }));
  const wall = performance.now() - t; const c = process.cpuUsage(cpu);
  console.log(name.padEnd(34), "wall/op", ((wall * 1000) / n).toFixed(0).padStart(5), "µs   node cpu/op", (((c.user + c.system)) / n).toFixed(0).padStart(5), "µs");
}
await time("pg pool: session query", () => pool.query(sql, [sid]));
await time("prisma $queryRawUnsafe: session", () => db.$queryRawUnsafe(sql, sid));
await time("prisma $queryRaw tagged: session", () => db.$queryRaw`SELECT s."revokedAt", s."expiresAt", s."lastUsedAt", u.active, u.id::text AS id, u.email, u.username, u."fullName", u.locale, u."avatarColor", u."isSuperuser",
 array(SELECT r.name FROM "UserRole" ur JOIN "Role" r ON r.id = ur."roleId" WHERE ur."userId" = u.id ORDER BY r.name) AS roles,
 array(SELECT DISTINCT p FROM "UserRole" ur JOIN "Role" r ON r.id = ur."roleId", unnest(r.permissions) AS p WHERE ur."userId" = u.id ORDER BY p) AS permissions
 FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE s.id = ${sid}::uuid`);
await time("prisma findUnique profile", () => db.user.findUniqueOrThrow({ where: { id: user.id }, select: profileSelect }));
await time("prisma findUnique flat", () => db.user.findUniqueOrThrow({ where: { id: user.id }, select: { id: true, email: true, bio: true } }));
await time("pg pool: SELECT 1", () => pool.query("SELECT 1"));
await time("prisma: SELECT 1", () => db.$queryRawUnsafe("SELECT 1"));
await pool.end(); await handle.close();
