export { connectEmbedded, connectFromEnv, connectPostgres, getDbHandle, type Db, type DbHandle } from "./client";
export { directSql, type DirectSql } from "./direct-sql";
export { listenFor, type Listen, type NotificationHandlers } from "./notifications";
export { migrationsDir, readDbEnv, workspaceRoot } from "./env";
export { migrate, pendingMigrations, readMigrations } from "./migrate";
export { createPGlite } from "./pglite";
export { rawFromPGlite, rawFromUrl, type RawDb } from "./raw";
export * from "./generated/prisma/client";
