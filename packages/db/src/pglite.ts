import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";

// PGlite's own defaults plus log_startup_progress_interval=0: after an unclean exit the startup
// progress timer otherwise keeps the process alive forever (PLATFORM.md).
const startParams = [
  "--single", "-F", "-O", "-j",
  "-c", "search_path=public",
  "-c", "exit_on_error=false",
  "-c", "log_checkpoints=false",
  "-c", "max_worker_processes=0",
  "-c", "max_parallel_workers=0",
  "-c", "max_parallel_workers_per_gather=0",
  "-c", "io_method=sync",
  "-c", "max_parallel_maintenance_workers=0",
  "-c", "log_startup_progress_interval=0",
];

/** A folder (filled from `loadDataDir` when given and the folder is new), or in memory from a dump. */
export type PGliteSource = { dataDir: string; loadDataDir?: Blob } | { loadDataDir: Blob };

export async function createPGlite(source: PGliteSource): Promise<PGlite> {
  const pg = new PGlite({
    ...source,
    startParams,
    // Extensions the migrations create must be loaded into PGlite up front.
    extensions: { pg_trgm, unaccent },
  });
  await pg.waitReady;
  return pg;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Two processes on one PGlite folder silently lose writes, so a process takes a pid lock file
 * beside the folder for as long as it has the database open.
 */
export function lockDataDir(dataDir: string): () => void {
  const lockFile = `${dataDir}.lock`;
  mkdirSync(path.dirname(lockFile), { recursive: true });
  try {
    writeFileSync(lockFile, String(process.pid), { flag: "wx" });
  } catch {
    const holder = Number(readFileSync(lockFile, "utf8"));
    if (holder !== process.pid && Number.isInteger(holder) && holder > 0 && isAlive(holder)) {
      throw new Error(
        `The embedded database at ${dataDir} is in use by process ${holder}. ` +
          "Stop that process first, or set PGLITE_DIR to another folder (or DATABASE_URL to use PostgreSQL).",
      );
    }
    writeFileSync(lockFile, String(process.pid));
  }
  const release = () => {
    process.off("exit", release);
    try {
      if (readFileSync(lockFile, "utf8") === String(process.pid)) rmSync(lockFile);
    } catch {
      // already gone
    }
  };
  process.once("exit", release);
  return release;
}
