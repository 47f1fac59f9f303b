#!/usr/bin/env node
// The "hand-written service" of `pnpm bench`: bare node:http + pg answering the same reads as the
// benchmarked procedures, as JSON. No framework, no auth, no validation: the ceiling to compare with.
//   node scripts/bench/reference-server.mjs <port>   (DATABASE_URL: the bench database)
import http from "node:http";
import pg from "pg";
import { meQuery, ticketGetQuery, ticketsListQuery, usersListQuery } from "./reference-queries.mjs";

const port = Number(process.argv[2]);
// The app's Prisma pool has 10 connections too (packages/db connectPostgres).
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

function json(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

const routes = {
  "/static": async () => ({ status: "ok", time: new Date() }),
  "/me": async (query) => (await pool.query(meQuery, [query.get("sid")])).rows[0] ?? null,
  "/users": async (query) => {
    const { rows } = await pool.query(usersListQuery, [`%${query.get("search")}%`]);
    return { items: rows.slice(0, 50), nextCursor: rows.length > 50 ? rows[49].id : null };
  },
  "/tickets": async (query) => {
    const { rows } = await pool.query(ticketsListQuery, [query.get("status")]);
    return { items: rows.slice(0, 50), nextCursor: rows.length > 50 ? rows[49].id : null };
  },
  "/ticket": async (query) => (await pool.query(ticketGetQuery, [Number(query.get("number"))])).rows[0] ?? null,
};

http
  .createServer(async (req, res) => {
    const url = new URL(req.url, "http://localhost");
    const route = routes[url.pathname];
    if (!route) return json(res, 404, { error: "not found" });
    try {
      const body = await route(url.searchParams);
      json(res, body === null ? 404 : 200, body);
    } catch (error) {
      json(res, 500, { error: String(error) });
    }
  })
  .listen(port, "127.0.0.1", () => process.send?.("ready"));
process.on("SIGTERM", () => pool.end().then(() => process.exit(0)));
