#!/usr/bin/env node
// `pnpm start`: builds what is missing, migrates the database and adds the demo data where it is
// wanted (scripts/prepare-database.mjs), then serves the production app on PORT (default 3000).
// `pnpm dev` does the same with Next.js in development mode (hot reload for pages; API changes need
// a restart). The server is apps/web/server.ts. Embedded PGlite by default; PostgreSQL when DATABASE_URL is set.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { prepareDatabase, runStep } from "./prepare-database.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dev = process.argv.includes("--dev");
const port = process.env.PORT || "3000";
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  TURBO_TELEMETRY_DISABLED: "1",
  NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
};

const run = (label, command, args) => runStep(label, command, args, env);

if (dev) {
  run("Generating the Prisma client", "pnpm", ["exec", "turbo", "run", "db:generate", "--output-logs=errors-only"]);
  run("Bundling the server", "pnpm", ["--silent", "--filter", "@soporte/web", "build:server"]);
} else
  run("Building (cached when nothing changed)", "pnpm", [
    "exec",
    "turbo",
    "run",
    "build",
    "--filter=@soporte/web",
    "--output-logs=errors-only",
  ]);
prepareDatabase(env, run);

console.log(`› Serving Soporte on http://localhost:${port}`);
const server = spawn("node", ["apps/web/dist/server.mjs", ...(dev ? ["--dev"] : [])], {
  cwd: root,
  env: { ...env, PORT: port, NODE_ENV: dev ? "development" : "production" },
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
