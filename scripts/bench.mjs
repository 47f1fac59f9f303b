#!/usr/bin/env node
// `pnpm bench`: throughput and latency of API procedures against the production build on
// PostgreSQL, next to the same data read with a raw `pg` query, with the ratio.
//   BENCH_DATABASE_URL  PostgreSQL server to create the bench database on (default: local postgres)
//   BENCH_SECONDS       seconds per scenario (default 10), BENCH_CONNECTIONS (default 16)
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import pg from "pg";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);
const port = 3900;
const base = `http://localhost:${port}`;

console.log("Building the web app…");
const build = spawnSync("pnpm", ["exec", "turbo", "run", "build", "--filter=@soporte/web", "--output-logs=errors-only"], { cwd: root, stdio: "inherit" });
if (build.status !== 0) process.exit(1);

const databaseName = `soporte_bench_${Date.now().toString(36)}`;
const benchUrl = new URL(adminUrl);
benchUrl.pathname = `/${databaseName}`;
async function admin(sql) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(sql);
  await client.end();
}
await admin(`CREATE DATABASE "${databaseName}"`);

// e2e/serve.mjs migrates and seeds the database, then serves the build.
console.log(`Starting the server on PostgreSQL database ${databaseName}…`);
const server = spawn("node", ["e2e/serve.mjs", String(port)], {
  cwd: root,
  env: { ...process.env, TEST_DATABASE_URL: "", DATABASE_URL: benchUrl.toString(), LOG_LEVEL: "warn" },
  stdio: ["ignore", "ignore", "inherit"],
});
async function stop() {
  if (server.exitCode === null) await new Promise((resolve) => (server.once("exit", resolve), server.kill("SIGTERM")));
  await admin(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
}

async function waitForServer() {
  for (let i = 0; i < 360; i++) {
    if (await fetch(`${base}/api/health/db`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("server did not start");
}

async function trpc(pathname, { input, token, method = "GET" } = {}) {
  const headers = { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const url = method === "GET" ? `${base}/api/trpc/${pathname}?input=${encodeURIComponent(JSON.stringify({ json: input }))}` : `${base}/api/trpc/${pathname}`;
  const response = await fetch(url, { method, headers, body: method === "POST" ? JSON.stringify({ json: input }) : undefined });
  const body = await response.json();
  if (!response.ok) throw new Error(`${pathname}: ${JSON.stringify(body.error?.json?.message)}`);
  return body.result.data.json;
}

async function http(name, url, headers = {}) {
  const result = await autocannon({ url, connections, duration: seconds, headers });
  if (result.non2xx) throw new Error(`${name}: ${result.non2xx} non-2xx responses`);
  return { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors };
}

/** The same closed loop as autocannon, but each "request" is one query on a pg pool. */
async function raw(name, databaseUrl, sql, params) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: connections });
  await pool.query(sql, params);
  const latencies = [];
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const started = performance.now();
        const { rows } = await pool.query(sql, params);
        if (rows.length === 0) throw new Error(`${name}: no rows`);
        latencies.push(performance.now() - started);
      }
    }),
  );
  await pool.end();
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))];
  return { name, rps: latencies.length / seconds, p50: at(0.5), p99: at(0.99), errors: 0 };
}

/** Realistic names spread so that a surname matches about 1 user in 30. */
async function bulkUsers(databaseUrl, count) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const first = ["Ana", "Luis", "María", "José", "Carmen", "Jorge", "Lucía", "Pedro", "Sofía", "Diego", "Elena", "Pablo", "Laura", "Miguel", "Paula", "Andrés", "Marta", "Raúl", "Julia", "Hugo"];
  const last = ["García", "López", "Martínez", "Rodríguez", "Pérez", "Gómez", "Sánchez", "Díaz", "Torres", "Ramírez", "Flores", "Rivera", "Morales", "Ortiz", "Castillo", "Romero", "Herrera", "Medina", "Vargas", "Castro", "Ruiz", "Mendoza", "Aguilar", "Reyes", "Cruz", "Navarro", "Molina", "Delgado", "Vega", "Campos"];
  await client.query(
    `INSERT INTO "User" (id, email, username, "passwordHash", "fullName", "createdAt", "updatedAt")
     SELECT gen_random_uuid(), 'bulk' || g || '@bulk.test', 'bulk' || g, '!',
            ($1::text[])[1 + g % 20] || ' ' || ($2::text[])[1 + (g / 20) % 30],
            now() - make_interval(secs => g), now()
       FROM generate_series(1, $3::int) g`,
    [first, last, count],
  );
  await client.query(`INSERT INTO "UserRole" ("userId", "roleId") SELECT u.id, r.id FROM "User" u, "Role" r WHERE r.name = 'requester' AND u.email LIKE 'bulk%@bulk.test'`);
  await client.query(`ANALYZE "User"; ANALYZE "UserRole"`);
  await client.end();
}

try {
  await waitForServer();
  const login = await trpc("auth.login", { method: "POST", input: { login: "agent", password: "soporte-demo-2026", device: "bench" } });
  const token = login.accessToken;
  const session = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString()).sid;

  console.log(`Measuring: ${seconds} s per scenario, ${connections} connections.\n`);
  const results = [];
  results.push(await http("health.check", `${base}/api/trpc/health.check`));
  const meGet = await http("me.get (bearer)", `${base}/api/trpc/me.get`, { authorization: `Bearer ${token}` });
  results.push(meGet);
  // What me.get needs from the database: the live session with its user and roles, and the profile.
  const rawMe = await raw(
    "raw pg: session + user + roles",
    benchUrl.toString(),
    `SELECT u.id, u.email, u.username, u."fullName", u.bio, u.phone, u.locale, u."avatarColor", u."isSuperuser",
            u."createdAt", u."lastLoginAt", o.name AS organization, l.name AS location,
            array(SELECT r.name FROM "UserRole" ur JOIN "Role" r ON r.id = ur."roleId" WHERE ur."userId" = u.id) AS roles
       FROM "Session" s JOIN "User" u ON u.id = s."userId"
       LEFT JOIN "Organization" o ON o.id = u."organizationId" LEFT JOIN "Location" l ON l.id = u."locationId"
      WHERE s.id = $1 AND s."revokedAt" IS NULL AND s."expiresAt" > now() AND u.active`,
    [session],
  );
  results.push(rawMe);

  // users.list on 100 000 users: a page of 50 with a search term, newest first.
  console.log("Adding 100 000 users…");
  await bulkUsers(benchUrl.toString(), 100_000);
  const adminLogin = await trpc("auth.login", { method: "POST", input: { login: "admin", password: "soporte-demo-2026", device: "bench" } });
  const listInput = { limit: 50, search: "garcía", sort: "createdAt", direction: "desc" };
  const usersList = await http(
    "users.list (100k users, search)",
    `${base}/api/trpc/users.list?input=${encodeURIComponent(JSON.stringify({ json: listInput }))}`,
    { authorization: `Bearer ${adminLogin.accessToken}` },
  );
  results.push(usersList);
  const rawList = await raw(
    "raw pg: same page of users",
    benchUrl.toString(),
    `SELECT u.id, u.email, u.username, u."fullName", u.active, u."isSuperuser", u."avatarColor", u."createdAt", u."lastLoginAt",
            o.name AS organization, l.name AS location,
            array(SELECT r.name FROM "UserRole" ur JOIN "Role" r ON r.id = ur."roleId" WHERE ur."userId" = u.id) AS roles
       FROM "User" u LEFT JOIN "Organization" o ON o.id = u."organizationId" LEFT JOIN "Location" l ON l.id = u."locationId"
      WHERE u."anonymizedAt" IS NULL AND (u."fullName" ILIKE $1 OR u.email ILIKE $1 OR u.username ILIKE $1)
      ORDER BY u."createdAt" DESC, u.id DESC LIMIT 51`,
    ["%garcía%"],
  );
  results.push(rawList);

  const pad = (s, n) => String(s).padEnd(n);
  const num = (n, d = 1) => n.toFixed(d).padStart(9);
  console.log(`${pad("scenario", 34)}${"req/s".padStart(9)}${"p50 ms".padStart(9)}${"p99 ms".padStart(9)}`);
  for (const r of results) console.log(`${pad(r.name, 34)}${num(r.rps, 0)}${num(r.p50)}${num(r.p99)}`);
  console.log("");
  for (const [api, bare] of [[meGet, rawMe], [usersList, rawList]]) {
    console.log(`${pad(`${api.name} / raw pg`, 40)} throughput ratio ${(api.rps / bare.rps).toFixed(3)} (${(bare.rps / api.rps).toFixed(1)}× the cost of the bare query)`);
  }
} finally {
  await stop();
}
