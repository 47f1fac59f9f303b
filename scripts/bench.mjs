#!/usr/bin/env node
// `pnpm bench`: throughput and latency of the API's procedures and of two pages, served by the
// production server on PostgreSQL, each procedure next to a bare node:http + pg service answering the
// same read (scripts/bench/reference-server.mjs), with the ratio; the same reads as prepared
// statements are printed beside them.
//   BENCH_DATABASE_URL  PostgreSQL server to create the bench database on (default: local postgres)
//   BENCH_SECONDS       seconds per scenario (default 10), BENCH_CONNECTIONS (default 16)
//   BENCH_ONLY          comma-separated groups to run: health, me, pages, weight, lighthouse, users, tickets,
//                       live, embedded (default: all)
//   BENCH_LIGHTHOUSE_RUNS  Lighthouse runs per page, the median score kept (default 3)
//   BENCH_TICKETS       tickets added for the tickets group (default 1 000 000; `SEED_TICKETS` of pnpm db:seed)
//   BENCH_EMBEDDED_TICKETS  tickets added for the embedded group (default 100 000), on a server of its own
//   BENCH_SAMPLES       sequential requests per latency figure of the tickets sweep (default 15)
//   BENCH_SUBSCRIBERS   open message streams for the live group, over two more instances (default 1 000)
import { fork, spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import pg from "pg";
import { ACCOUNT_PAGES, ADMIN_PAGES, STAFF_PAGES } from "../e2e/pages.mjs";
import { bulkUsers } from "./bench/bulk-users.mjs";
import { lighthousePages, printLighthouse } from "./bench/lighthouse.mjs";
import { liveFanout } from "./bench/live-fanout.mjs";
import { printPageWeights } from "./bench/page-weight.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);
const groups = new Set(
  (process.env.BENCH_ONLY ?? "health,me,pages,weight,lighthouse,users,tickets,live,embedded").split(","),
);
const lighthouseRuns = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const embeddedTickets = Number(process.env.BENCH_EMBEDDED_TICKETS ?? 100_000);
const ticketCount = Number(process.env.BENCH_TICKETS ?? 1_000_000);
const samples = Number(process.env.BENCH_SAMPLES ?? 15);
const subscribers = Number(process.env.BENCH_SUBSCRIBERS ?? 1000);
const port = 3920;
const base = `http://127.0.0.1:${port}`;
const bare = `http://127.0.0.1:${port + 1}`;

console.log("Building the web app…");
const build = spawnSync(
  "pnpm",
  ["exec", "turbo", "run", "build", "--filter=@soporte/web", "--output-logs=errors-only"],
  { cwd: root, stdio: "inherit" },
);
if (build.status !== 0) process.exit(1);
if (groups.has("weight")) printPageWeights(path.join(root, "apps/web"));

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
const reference = fork(path.join(root, "scripts/bench/reference-server.mjs"), [String(port + 1)], {
  env: { ...process.env, DATABASE_URL: benchUrl.toString() },
});
const exited = (child) =>
  child.exitCode !== null ? Promise.resolve() : new Promise((resolve) => child.once("exit", resolve));
async function stop() {
  for (const child of [server, reference]) child.kill("SIGTERM");
  await Promise.all([exited(server), exited(reference)]);
  await admin(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
}

async function waitForServer(origin = base) {
  for (let i = 0; i < 600; i++) {
    if (
      await fetch(`${origin}/api/health/db`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("server did not start");
}

async function firstRow(sql) {
  const client = new pg.Client({ connectionString: benchUrl.toString() });
  await client.connect();
  const { rows } = await client.query(sql);
  await client.end();
  return rows[0];
}

const trpcUrl = (pathname, input, origin = base) =>
  `${origin}/api/trpc/${pathname}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

async function login(username, origin = base) {
  const response = await fetch(`${origin}/api/trpc/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ json: { login: username, password: "soporte-demo-2026", device: "bench" } }),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(`auth.login: ${JSON.stringify(body.error?.json?.message)}`);
  const token = body.result.data.json.accessToken;
  return { token, sessionId: JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString()).sid };
}

/** A browser session: next-auth's credentials sign-in, as the sign-in form does it. */
async function browserCookie(username) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: csrf.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; "),
    },
    body: new URLSearchParams({ csrfToken, login: username, password: "soporte-demo-2026", json: "true" }),
  });
  // apps/web/src/server/session-cookie.ts: "soporte.session" over http.
  const session = response.headers.getSetCookie().find((c) => c.startsWith("soporte.session="));
  if (!session) throw new Error(`browser sign-in failed (${response.status})`);
  return session.split(";")[0];
}

/** autocannon on one URL; every answer must be the expected status. */
async function measure(name, url, { headers = {}, status = 200 } = {}) {
  const check = await fetch(url, { headers, redirect: "manual" });
  if (check.status !== status)
    throw new Error(`${name}: expected ${status}, got ${check.status}: ${(await check.text()).slice(0, 300)}`);
  // A short warm-up first, so the figures exclude JIT compilation and cold caches.
  await autocannon({ url, connections, duration: 1, headers });
  const result = await autocannon({ url, connections, duration: seconds, headers });
  const wrong = Object.entries(result.statusCodeStats ?? {}).filter(([code]) => Number(code) !== status);
  if (wrong.length || result.errors || result.timeouts) {
    throw new Error(
      `${name}: unexpected answers ${JSON.stringify(result.statusCodeStats)}, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  }
  const row = { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
  console.log(`  ${name}: ${row.rps.toFixed(0)} req/s`);
  return row;
}

/** p50 of `samples` requests made one after another (server-side latency, no queueing). */
async function latency(name, url, headers = {}) {
  const times = [];
  for (let i = 0; i < samples + 2; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers });
    const body = await response.text();
    if (!response.ok) throw new Error(`${name}: ${response.status} ${body.slice(0, 300)}`);
    if (i >= 2) times.push(performance.now() - started); // two warm-up requests
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const rows = [];
const sweep = [];
/** A latency figure: kept for the table, and printed at once so a later failure does not lose it. */
function record(row) {
  sweep.push(row);
  console.log(`  ${row.name}: ${row.trpc.toFixed(1)} ms${row.bare ? ` (bare ${row.bare.toFixed(1)} ms)` : ""}`);
}
const add = (row, reference) =>
  rows.push({ ...row, ratio: reference ? row.rps / reference.rps : null, reference: reference?.name });

/**
 * tickets.list at scale: every single filter with every sort (both directions), and searches for a
 * rare, a common and a Spanish word, each next to the same query on the bare reference server.
 */
async function ticketSweep(headers) {
  const v = await firstRow(`SELECT
      (SELECT id FROM "TicketStatus" WHERE name = 'Open') AS status,
      (SELECT id FROM "Priority" ORDER BY position LIMIT 1) AS priority,
      (SELECT id FROM "Criticality" ORDER BY position LIMIT 1) AS criticality,
      (SELECT id FROM "Category" ORDER BY position LIMIT 1) AS category,
      (SELECT id FROM "ProblemType" ORDER BY name LIMIT 1) AS "problemType",
      (SELECT id FROM "User" WHERE username = 'agent') AS agent,
      (SELECT id FROM "User" WHERE username = 'requester') AS requester,
      (SELECT "organizationId" FROM "User" WHERE username = 'requester') AS organization,
      (SELECT "locationId" FROM "User" WHERE username = 'requester') AS location,
      (SELECT substring(description from 'Asset ([A-F0-9]{8})') FROM "Ticket"
        WHERE number = (SELECT max(number) / 2 FROM "Ticket")) AS asset`);
  const week = new Date(Date.now() - 7 * 86_400_000).toISOString();
  const now = new Date().toISOString();
  const filters = {
    status: [{ statusIds: [v.status] }, v.status],
    state: [{ statusCategories: ["open"] }, "open"],
    priority: [{ priorityIds: [v.priority] }, v.priority],
    criticality: [{ criticalityIds: [v.criticality] }, v.criticality],
    category: [{ categoryIds: [v.category] }, v.category],
    problemType: [{ problemTypeIds: [v.problemType] }, v.problemType],
    assignee: [{ assignee: "me" }, v.agent],
    unassigned: [{ assignee: "unassigned" }, "x"],
    requester: [{ requesterId: v.requester }, v.requester],
    organization: [{ organizationId: v.organization }, v.organization],
    location: [{ locationId: v.location }, v.location],
    tag: [{ tags: ["printer"] }, "printer"],
    createdFrom: [{ createdFrom: week }, week],
    breached: [{ sla: "breached" }, now],
    dueSoon: [{ sla: "due_soon" }, now],
  };
  console.log(`tickets.list sweep: ${Object.keys(filters).length} filters × 5 sorts × 2 directions…`);
  for (const [filter, [input, value]] of Object.entries(filters)) {
    for (const sort of ["createdAt", "updatedAt", "number", "priority", "dueAt"]) {
      for (const direction of ["desc", "asc"]) {
        const trpc = await latency(filter, trpcUrl("tickets.list", { limit: 50, sort, direction, ...input }), headers);
        const query = new URLSearchParams({ filter, value, sort, dir: direction });
        const bareTime = await latency(filter, `${bare}/tickets-page?${query}`);
        record({ kind: "list", name: `${filter}, ${sort} ${direction}`, trpc, bare: bareTime });
      }
    }
  }
  const requester = await login("requester");
  for (const [label, search] of [
    ["rare word (an asset tag)", v.asset],
    ["common word (printer)", "printer"],
    ["common Spanish word (impresora)", "impresora"],
    ["two words (no enciende)", "no enciende"],
  ]) {
    const input = { limit: 50, search, sort: "relevance" };
    const trpc = await latency(label, trpcUrl("tickets.list", input), headers);
    const bareTime = await latency(label, `${bare}/tickets-search?search=${encodeURIComponent(search)}`);
    record({ kind: "search", name: `search: ${label}`, trpc, bare: bareTime });
  }
  const dashboard = await latency("dashboard.stats", trpcUrl("dashboard.stats", {}), headers);
  const bareDashboard = await latency("dashboard", `${bare}/dashboard`);
  record({ kind: "dashboard", name: "dashboard.stats (agent, 30 days)", trpc: dashboard, bare: bareDashboard });
  const mine = await latency(
    "requester search",
    trpcUrl("tickets.list", { limit: 50, search: "printer", sort: "relevance" }),
    {
      authorization: `Bearer ${requester.token}`,
    },
  );
  record({ kind: "search", name: "search as a requester (printer)", trpc: mine });
}

/**
 * The embedded database (PGlite, in the server's process) with `embeddedTickets` more tickets: the
 * reads behind the tickets page and the dashboard, p50 over HTTP. No bare reference: PGlite has no
 * server of its own to ask.
 */
async function embeddedSweep() {
  const embeddedPort = port + 2;
  const origin = `http://127.0.0.1:${embeddedPort}`;
  console.log(`Starting a server on the embedded database with ${embeddedTickets} more tickets…`);
  const child = spawn("node", ["e2e/serve.mjs", String(embeddedPort)], {
    cwd: root,
    env: { ...process.env, TEST_DATABASE_URL: "", DATABASE_URL: "", SEED_TICKETS: String(embeddedTickets) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await waitForServer(origin);
    const agent = await login("agent", origin);
    const headers = { authorization: `Bearer ${agent.token}` };
    const call = async (path, input) => {
      const response = await fetch(trpcUrl(path, input, origin), { headers });
      return (await response.json()).result.data.json;
    };
    const catalogs = await call("catalogs.list", {});
    const open = catalogs.statuses.find((s) => s.name === "Open");
    const newest = (await call("tickets.list", { limit: 1 })).items[0];
    const ticket = await call("tickets.get", { number: Math.floor(newest.number / 2) });
    const asset = ticket.description.match(/Asset ([A-F0-9]{8})/)?.[1] ?? "printer";
    const reads = [
      ["tickets.list, newest", "tickets.list", { limit: 25 }],
      ["tickets.list, status Open, newest", "tickets.list", { limit: 25, statusIds: [open.id] }],
      [
        "tickets.list, open and pending, by priority",
        "tickets.list",
        { limit: 25, statusCategories: ["open", "pending"], sort: "priority" },
      ],
      [
        "tickets.list, SLA breached, due first",
        "tickets.list",
        { limit: 25, sla: "breached", sort: "dueAt", direction: "asc" },
      ],
      ["tickets.list, mine, recently updated", "tickets.list", { limit: 25, assignee: "me", sort: "updatedAt" }],
      ["search: rare word (an asset tag)", "tickets.list", { limit: 25, search: asset, sort: "relevance" }],
      ["search: common word (printer)", "tickets.list", { limit: 25, search: "printer", sort: "relevance" }],
      ["tickets.get", "tickets.get", { number: ticket.number }],
      ["dashboard.stats (30 days)", "dashboard.stats", {}],
    ];
    for (const [name, path, input] of reads) {
      record({
        kind: "embedded",
        name: `embedded: ${name}`,
        trpc: await latency(name, trpcUrl(path, input, origin), headers),
      });
    }
  } finally {
    child.kill("SIGTERM");
    await exited(child);
  }
}

try {
  await Promise.all([waitForServer(), new Promise((resolve) => reference.once("message", resolve))]);
  console.log(`Measuring: ${seconds} s per scenario, ${connections} connections.`);

  if (groups.has("health")) {
    const bareStatic = await measure("bare node:http: static JSON", `${bare}/static`);
    add(bareStatic);
    add(await measure("Next route GET /api/health", `${base}/api/health`), bareStatic);
    add(await measure("tRPC health.check", `${base}/api/trpc/health.check`), bareStatic);
  }

  if (groups.has("me")) {
    const agent = await login("agent");
    const bareMe = await measure("bare node:http + pg: me.get query", `${bare}/me?sid=${agent.sessionId}`);
    add(bareMe);
    add(await measure("  … as a prepared statement", `${bare}/me?sid=${agent.sessionId}&prepared=1`), bareMe);
    add(
      await measure("tRPC me.get (bearer)", `${base}/api/trpc/me.get`, {
        headers: { authorization: `Bearer ${agent.token}` },
      }),
      bareMe,
    );
    add(
      await measure("tRPC me.get (browser cookie)", `${base}/api/trpc/me.get`, {
        headers: { cookie: await browserCookie("agent") },
      }),
      bareMe,
    );
  }

  if (groups.has("pages")) {
    add(await measure("page /sign-in", `${base}/sign-in`));
    add(
      await measure("page /dashboard (cookie)", `${base}/dashboard`, {
        headers: { cookie: await browserCookie("agent") },
      }),
    );
  }

  let lighthouseRows;
  if (groups.has("lighthouse")) {
    // Before the bulk data: every page as the demo data shows it. The admin sees every page.
    console.log(`Lighthouse, mobile, ${lighthouseRuns} runs per page…`);
    const cookie = await browserCookie("admin");
    lighthouseRows = await lighthousePages({
      base,
      runs: lighthouseRuns,
      pages: [
        { path: "/sign-in" },
        ...[...STAFF_PAGES, ...ACCOUNT_PAGES, ...ADMIN_PAGES].map((page) => ({ path: page, cookie })),
      ],
    });
  }

  if (groups.has("users")) {
    console.log("Adding 100 000 users…");
    await bulkUsers(benchUrl.toString(), 100_000);
    const adminSession = await login("admin");
    const search = "garcía";
    const bareList = await measure(
      "bare node:http + pg: users.list query",
      `${bare}/users?search=${encodeURIComponent(search)}`,
    );
    add(bareList);
    add(
      await measure("  … as a prepared statement", `${bare}/users?search=${encodeURIComponent(search)}&prepared=1`),
      bareList,
    );
    const input = { limit: 50, search, sort: "createdAt", direction: "desc" };
    add(
      await measure("tRPC users.list (100k users, search)", trpcUrl("users.list", input), {
        headers: { authorization: `Bearer ${adminSession.token}` },
      }),
      bareList,
    );
  }

  if (groups.has("tickets")) {
    console.log(`Adding ${ticketCount} tickets (SEED_TICKETS=${ticketCount} pnpm db:seed)…`);
    const seeded = spawnSync("pnpm", ["--silent", "db:seed"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: benchUrl.toString(), SEED_TICKETS: String(ticketCount) },
      stdio: "inherit",
    });
    if (seeded.status !== 0) throw new Error("SEED_TICKETS failed");
    const agent = await login("agent");
    const headers = { authorization: `Bearer ${agent.token}` };
    const status = await firstRow(
      `SELECT id, (SELECT max(number) FROM "Ticket") AS number FROM "TicketStatus" WHERE name = 'Open'`,
    );
    const bareList = await measure("bare node:http + pg: tickets.list query", `${bare}/tickets?status=${status.id}`);
    add(bareList);
    add(await measure("  … as a prepared statement", `${bare}/tickets?status=${status.id}&prepared=1`), bareList);
    const input = { limit: 50, statusIds: [status.id], sort: "createdAt", direction: "desc" };
    add(
      await measure(`tRPC tickets.list (${ticketCount} tickets, status, newest)`, trpcUrl("tickets.list", input), {
        headers,
      }),
      bareList,
    );
    const number = Math.floor(status.number / 2);
    const bareGet = await measure("bare node:http + pg: tickets.get query", `${bare}/ticket?number=${number}`);
    add(bareGet);
    add(await measure("  … as a prepared statement", `${bare}/ticket?number=${number}&prepared=1`), bareGet);
    add(await measure("tRPC tickets.get (by number)", trpcUrl("tickets.get", { number }), { headers }), bareGet);
    await ticketSweep(headers);
  }

  let live;
  if (groups.has("live")) {
    console.log(`Opening ${subscribers} message streams over two more instances…`);
    live = await liveFanout({
      root,
      databaseUrl: benchUrl.toString(),
      ports: [port + 3, port + 4],
      subscribers,
      login,
      waitForServer,
    });
  }

  if (groups.has("embedded")) {
    try {
      await embeddedSweep();
    } catch (error) {
      console.error(`The embedded sweep failed: ${error.message}`);
    }
  }

  const pad = (s, n) => String(s).padEnd(n);
  if (sweep.length) {
    console.log(
      `\nAt ${ticketCount} tickets on PostgreSQL (embedded: ${embeddedTickets} more on PGlite): p50 ms of ${samples} requests one after another, tRPC over HTTP (agent, bearer) and bare`,
    );
    console.log(`${pad("tickets.list", 44)}${"tRPC".padStart(9)}${"bare".padStart(9)}   ratio (bare / tRPC time)`);
    for (const r of sweep) {
      const ratio = r.bare ? `   ${(r.bare / r.trpc).toFixed(3)}` : "";
      console.log(
        `${pad(r.name, 44)}${r.trpc.toFixed(1).padStart(9)}${(r.bare?.toFixed(1) ?? "").padStart(9)}${ratio}`,
      );
    }
    const worst = sweep.filter((r) => r.kind === "list").sort((a, b) => b.trpc - a.trpc)[0];
    if (worst) console.log(`slowest single filter × sort: ${worst.name}, ${worst.trpc.toFixed(1)} ms`);
  }
  if (live) {
    console.log(
      `\nOne announcement to ${live.subscribers} open messages.onMessage streams on two instances (LISTEN/NOTIFY), ${live.rounds} rounds, ${live.deliveries} deliveries:`,
    );
    console.log(
      `delivery p50 ${live.p50.toFixed(0)} ms, p99 ${live.p99.toFixed(0)} ms, max ${live.max.toFixed(0)} ms (target p99 ≤ 500 ms); ` +
        `server memory per open stream: ${live.kbPerStream.map((kb) => `${kb.toFixed(1)} KiB`).join(" and ")}`,
    );
  }
  if (lighthouseRows) printLighthouse(lighthouseRows, "signed in as admin; /sign-in signed out");
  const num = (n, d = 1) => n.toFixed(d).padStart(9);
  console.log(
    `\n${pad("scenario", 40)}${"req/s".padStart(9)}${"p50 ms".padStart(9)}${"p99 ms".padStart(9)}   ratio to its bare reference`,
  );
  for (const r of rows) {
    const ratio = r.ratio === null ? "" : `   ${r.ratio.toFixed(3)} × ${r.reference}`;
    console.log(`${pad(r.name, 40)}${num(r.rps, 0)}${num(r.p50)}${num(r.p99)}${ratio}`);
  }
} finally {
  await stop();
}
