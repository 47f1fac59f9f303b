// Fresh databases for tests: one migrated and seeded template per test run, copied for each test
// file (PostgreSQL: CREATE DATABASE … TEMPLATE; PGlite: an in-memory instance loaded from a dump).
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { connectEmbedded, connectPostgres, type Db, type DbHandle } from "./client";
import { createPGlite } from "./pglite";
import { migrate } from "./migrate";
import { rawFromUrl } from "./raw";

export type TestTemplate =
  | { kind: "postgresql"; adminUrl: string; template: string; prefix: string }
  | { kind: "embedded"; dumpFile: string };

function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Creates the template. `adminUrl` (TEST_DATABASE_URL) selects PostgreSQL; without it, PGlite. */
export async function createTestTemplate(adminUrl: string | undefined, seed: (db: Db) => Promise<unknown>): Promise<TestTemplate> {
  const prefix = `soporte_test_${randomBytes(4).toString("hex")}`;
  if (adminUrl) {
    const template = `${prefix}_template`;
    const admin = await rawFromUrl(adminUrl);
    await admin.exec(`CREATE DATABASE "${template}"`);
    await admin.close();
    const handle = connectPostgres(databaseUrl(adminUrl, template), 2);
    const raw = await handle.raw();
    await migrate(raw);
    await raw.close();
    await seed(handle.db);
    await handle.close();
    return { kind: "postgresql", adminUrl, template, prefix };
  }
  const handle = connectEmbedded({ dataDir: "memory://" });
  if (handle.kind !== "embedded") throw new Error("unreachable");
  await seed(handle.db);
  const dump = await (await handle.pglite()).dumpDataDir("none");
  const dumpFile = path.join(tmpdir(), `${prefix}.tar`);
  await writeFile(dumpFile, Buffer.from(await dump.arrayBuffer()));
  await handle.close();
  return { kind: "embedded", dumpFile };
}

export type TestDatabase = DbHandle & { url: string | null; drop: () => Promise<void> };

/** Creates a PostgreSQL database (empty, or a copy of `template`); `drop` removes it. */
async function createPostgresDatabase(adminUrl: string, prefix: string, template?: string) {
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  const admin = await rawFromUrl(adminUrl);
  await admin.exec(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
  await admin.close();
  return {
    url: databaseUrl(adminUrl, name),
    drop: async () => {
      const admin = await rawFromUrl(adminUrl);
      await admin.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.close();
    },
  };
}

/** A private copy of the template for one test file. */
export async function openTestDatabase(template: TestTemplate): Promise<TestDatabase> {
  if (template.kind === "postgresql") {
    const database = await createPostgresDatabase(template.adminUrl, template.prefix, template.template);
    const handle = connectPostgres(database.url, 5);
    return {
      ...handle,
      url: database.url,
      drop: async () => {
        await handle.close();
        await database.drop();
      },
    };
  }
  const dump = new Blob([await readFile(template.dumpFile)]);
  const handle = connectEmbedded({ loadDataDir: dump });
  return { ...handle, url: null, drop: handle.close };
}

export async function dropTestTemplate(template: TestTemplate): Promise<void> {
  if (template.kind === "embedded") return rm(template.dumpFile, { force: true });
  const admin = await rawFromUrl(template.adminUrl);
  await admin.exec(`DROP DATABASE IF EXISTS "${template.template}" WITH (FORCE)`);
  await admin.close();
}

/**
 * A database for commands the test runs as child processes (`pnpm admin:create`, the start
 * script's database step): `env` is what they need to find it. On PGlite that is a folder, which
 * one process at a time may open, so the test connects only between the commands' runs.
 */
export type SharedTestDatabase = {
  env: { DATABASE_URL: string } | { PGLITE_DIR: string };
  connect: () => DbHandle;
  drop: () => Promise<void>;
};

async function sharedFolder(fill?: Blob): Promise<SharedTestDatabase> {
  const dir = await mkdtemp(path.join(tmpdir(), "soporte-test-"));
  const dataDir = path.join(dir, "pglite");
  if (fill) await (await createPGlite({ dataDir, loadDataDir: fill })).close();
  return {
    env: { PGLITE_DIR: dataDir },
    connect: () => connectEmbedded({ dataDir }),
    drop: () => rm(dir, { recursive: true, force: true }),
  };
}

/** A copy of the migrated, seeded template that other processes can open. */
export async function shareTestDatabase(template: TestTemplate): Promise<SharedTestDatabase> {
  if (template.kind === "embedded") return sharedFolder(new Blob([await readFile(template.dumpFile)]));
  const database = await createPostgresDatabase(template.adminUrl, template.prefix, template.template);
  return { env: { DATABASE_URL: database.url }, connect: () => connectPostgres(database.url, 2), drop: database.drop };
}

/** A database with nothing in it, not even the migrations: PostgreSQL when `adminUrl` is given. */
export async function emptySharedTestDatabase(adminUrl: string | undefined): Promise<SharedTestDatabase> {
  if (!adminUrl) return sharedFolder();
  const database = await createPostgresDatabase(adminUrl, `soporte_test_${randomBytes(4).toString("hex")}`);
  return { env: { DATABASE_URL: database.url }, connect: () => connectPostgres(database.url, 2), drop: database.drop };
}
