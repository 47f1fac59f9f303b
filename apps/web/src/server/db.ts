import "server-only";
import { getDbHandle } from "@soporte/db";

/** The process's database client (opened lazily on first query). */
export function db() {
  return getDbHandle().db;
}

/** Closes the process's database handle (the embedded database must be closed cleanly). */
export function closeDb() {
  return getDbHandle().close();
}
