#!/usr/bin/env node
// The "hand-written service" of `pnpm bench`: bare node:http + pg answering the same reads as the
// benchmarked procedures, as JSON. No framework, no auth, no validation: the ceiling to compare with.
//   node scripts/bench/reference-server.mjs <port>   (DATABASE_URL: the bench database)
import http from "node:http";
import pg from "pg";
import {
  dashboardQueries,
  meQuery,
  ticketGetQuery,
  ticketsListQuery,
  ticketsPageQuery,
  ticketsSearchQuery,
  usersListQuery,
} from "./reference-queries.mjs";

const port = Number(process.argv[2]);
// The app's Prisma pool has 10 connections too (packages/db connectPostgres).
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

// Each read two ways: as one-off statements, planned on every call (what Prisma's driver adapter
// sends, so the like-for-like reference), and with `?prepared=1` as named statements, planned once per
// connection, as a careful hand-written service would (planning the tickets queries' joins costs
// ~10 ms, running them ~1 ms).
let prepared = false;
const query = (name, text, values) => pool.query(prepared ? { name, text, values } : { text, values });

function json(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

const routes = {
  "/static": async () => ({ status: "ok", time: new Date() }),
  "/me": async (params) => (await query("me", meQuery, [params.get("sid")])).rows[0] ?? null,
  "/users": async (params) => {
    const { rows } = await query("users", usersListQuery, [`%${params.get("search")}%`]);
    return { items: rows.slice(0, 50), nextCursor: rows.length > 50 ? rows[49].id : null };
  },
  "/tickets": async (params) => {
    const { rows } = await query("tickets", ticketsListQuery, [params.get("status")]);
    return { items: rows.slice(0, 50), nextCursor: rows.length > 50 ? rows[49].id : null };
  },
  // One filter, one sort: /tickets-page?filter=status&value=…&sort=createdAt&dir=desc
  "/tickets-page": async (params) => {
    const { filter, sort, dir } = Object.fromEntries(params);
    const text = ticketsPageQuery(filter, sort, dir);
    const { rows } = await query(`page-${filter}-${sort}-${dir}`, text, [params.get("value")]);
    return { items: rows.slice(0, 50), nextCursor: rows.length > 50 ? rows[49].id : null };
  },
  "/tickets-search": async (params) => {
    const { rows } = await query("search", ticketsSearchQuery, [params.get("search")]);
    return { items: rows.slice(0, 50), nextCursor: rows.length > 50 ? rows[49].id : null };
  },
  // The dashboard's statements side by side on the pool, as the service reads them at once.
  "/dashboard": async () => {
    const now = new Date().toISOString();
    const results = await Promise.all(
      dashboardQueries.map((text, i) => query(`dashboard-${i}`, text, text.includes("$1") ? [now] : [])),
    );
    return results.map((r) => r.rows.length);
  },
  "/ticket": async (params) => (await query("ticket", ticketGetQuery, [Number(params.get("number"))])).rows[0] ?? null,
};

http
  .createServer(async (req, res) => {
    const url = new URL(req.url, "http://localhost");
    const route = routes[url.pathname];
    if (!route) return json(res, 404, { error: "not found" });
    try {
      prepared = url.searchParams.get("prepared") === "1";
      const body = await route(url.searchParams);
      json(res, body === null ? 404 : 200, body);
    } catch (error) {
      json(res, 500, { error: String(error) });
    }
  })
  .listen(port, "127.0.0.1", () => process.send?.("ready"));
process.on("SIGTERM", () => pool.end().then(() => process.exit(0)));
