#!/usr/bin/env node
// The database step of `pnpm start` / `pnpm dev`: migrates, then adds the demo data where it is
// wanted. `node scripts/prepare-database.mjs` runs it alone, without serving.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Whether the start script seeds the demo data. The embedded database gets it, so the README's one
 * command gives a demo; PostgreSQL does not unless SOPORTE_DEMO=1, because the demo accounts have a
 * published password and a PostgreSQL database is usually the real one. SOPORTE_DEMO=0 turns the
 * demo off on the embedded database too.
 *
 * @param {Record<string, string | undefined>} env
 * @returns {{ seed: boolean; reason: string }}
 */
export function demoDataDecision(env) {
  const flag = (env.SOPORTE_DEMO ?? "").trim();
  if (flag === "1") return { seed: true, reason: "SOPORTE_DEMO=1" };
  if (flag === "0") return { seed: false, reason: "SOPORTE_DEMO=0" };
  if (flag !== "") throw new Error(`SOPORTE_DEMO must be 1 (add the demo data) or 0 (do not), not "${flag}".`);
  return env.DATABASE_URL
    ? { seed: false, reason: "PostgreSQL gets demo data only with SOPORTE_DEMO=1 (or `pnpm db:seed`)" }
    : { seed: true, reason: "the embedded database" };
}

/** Runs one step in the repository root; exits the process with its code when it fails. */
export function runStep(label, command, args, env) {
  const started = Date.now();
  console.log(`› ${label}`);
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`✗ ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

/**
 * Migrates, then seeds the demo data when demoDataDecision says so.
 *
 * @param {Record<string, string | undefined>} env the environment of the steps
 * @param {(label: string, command: string, args: string[]) => void} [run] how the caller runs a step
 * @returns {{ seed: boolean; reason: string }}
 */
export function prepareDatabase(env, run = (label, command, args) => runStep(label, command, args, env)) {
  let decision;
  try {
    decision = demoDataDecision(env);
  } catch (error) {
    console.error(`✗ ${error instanceof Error ? error.message : error}`);
    process.exit(2);
  }
  const where = env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : "the embedded database";
  run(`Migrating ${where}`, "pnpm", ["--silent", "--filter", "@soporte/db", "migrate"]);
  if (decision.seed) {
    run(`Demo data for ${where} (${decision.reason}; once per database)`, "pnpm", [
      "--silent",
      "--filter",
      "@soporte/db",
      "seed",
    ]);
    console.log("  Demo accounts: admin / soporte-demo-2026 and the others in the README.");
  } else {
    console.log(`› No demo data: ${decision.reason}. The first administrator: pnpm admin:create`);
  }
  return decision;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  prepareDatabase(process.env);
}
