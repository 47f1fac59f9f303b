#!/usr/bin/env node
// Serves the production build (apps/web/dist/server.mjs) for Playwright, the client tests and the
// benchmark, on a database of its own: a fresh PGlite folder, or a
// new PostgreSQL database when TEST_DATABASE_URL is set (both removed again on exit), or the
// database in DATABASE_URL as it is (the benchmark's).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = process.argv[2] ?? "3100";
const env = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  // E2E_PUBLIC_URL: the URL the app believes it is served at (an https one, to test the cookies it
  // sends behind an https proxy).
  NEXTAUTH_URL: process.env.E2E_PUBLIC_URL || `http://localhost:${port}`,
  AUTH_SECRET: randomBytes(32).toString("base64url"),
  LOG_LEVEL: "warn",
  // The browser tests register a dozen accounts from one address within minutes; the default (10 an
  // hour per address) is for the open internet. The API tests check the limit itself.
  RATE_LIMIT_REGISTER_PER_IP_HOUR: process.env.RATE_LIMIT_REGISTER_PER_IP_HOUR ?? "100",
};

let cleanup = () => {};
if (process.env.TEST_DATABASE_URL) {
  const name = `soporte_e2e_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(process.env.TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  cleanup = async () => {
    const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  };
} else if (!process.env.DATABASE_URL) {
  const dir = mkdtempSync(path.join(tmpdir(), "soporte-e2e-"));
  env.PGLITE_DIR = path.join(dir, "pglite");
  cleanup = async () => rmSync(dir, { recursive: true, force: true });
}

for (const script of ["migrate", "seed"]) {
  const result = spawnSync("pnpm", ["--silent", "--filter", "@soporte/db", script], {
    cwd: root,
    env,
    stdio: "inherit",
  });
  if (result.status !== 0) {
    await cleanup();
    process.exit(1);
  }
}

const server = spawn("node", ["apps/web/dist/server.mjs"], {
  cwd: root,
  env: { ...env, PORT: port },
  stdio: "inherit",
});
let stopping = false;
const stop = (signal) => {
  if (stopping) return;
  stopping = true;
  server.kill(signal);
};
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
server.on("exit", async (code) => {
  await cleanup();
  process.exit(code ?? 0);
});
