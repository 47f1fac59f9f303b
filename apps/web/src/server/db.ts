import "server-only";
import { getDbHandle } from "@soporte/db";

/** The process's database client (opened lazily on first query). */
export function db() {
  return getDbHandle().db;
}
