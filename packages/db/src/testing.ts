// Fresh databases for tests: one migrated and seeded template per test run, copied for each test
// file (PostgreSQL: CREATE DATABASE … TEMPLATE; PGlite: an in-memory instance loaded from a dump).
import { randomBytes } from "node:crypto";
import { readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { connectEmbedded, connectPostgres, type Db, type DbHandle } from "./client";
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

/** A private copy of the template for one test file. */
export async function openTestDatabase(template: TestTemplate): Promise<TestDatabase> {
  if (template.kind === "postgresql") {
    const name = `${template.prefix}_${randomBytes(4).toString("hex")}`;
    const admin = await rawFromUrl(template.adminUrl);
    await admin.exec(`CREATE DATABASE "${name}" TEMPLATE "${template.template}"`);
    await admin.close();
    const url = databaseUrl(template.adminUrl, name);
    const handle = connectPostgres(url, 5);
    return {
      ...handle,
      url,
      drop: async () => {
        await handle.close();
        const admin = await rawFromUrl(template.adminUrl);
        await admin.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.close();
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
