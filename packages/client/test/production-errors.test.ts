// Real database errors through the real /api/trpc route of the production build: the answer has
// no stack, no SQL, no table names, only our request id, and the server's log has the whole error
// under that id. The database is broken on purpose before the server starts (as a bad migration
// or a hand edit would), on PostgreSQL when TEST_DATABASE_URL is set and on PGlite otherwise.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { connectEmbedded, connectPostgres, migrate, rawFromUrl, type DbHandle } from "@soporte/db";
import { TRPCClientError } from "@trpc/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSoporteClient, type AppRouter } from "../src/index";
import { freePort, untilReady } from "./servers";

const root = path.resolve(import.meta.dirname, "../../..");
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** What must never reach a client: SQL, names from the schema, Prisma's wording, stack frames. */
const INTERNALS = [
  /\b(select|insert|update|from|where|relation|constraint|violates|does not exist|prisma|invocation|stack)\b/i,
  /Setting\b|Setting_moved|RateLimitBucket|refuse_every_row|\.ts:|node_modules|at \S+ \(/,
];
const expectNoInternals = (text: string) => {
  for (const pattern of INTERNALS) expect(text).not.toMatch(pattern);
};

// settings.get reads a table that is gone (a Prisma model query fails); a wrong password's
// failed-login counter is a raw INSERT that a CHECK constraint refuses, and PostgreSQL's error
// detail would quote the row, login included.
const BREAK_DATABASE = `
  ALTER TABLE "Setting" RENAME TO "Setting_moved";
  ALTER TABLE "RateLimitBucket" ADD CONSTRAINT "refuse_every_row" CHECK (false);`;

/** A migrated database of its own, broken as above; returns the server's env for it and its cleanup. */
async function brokenDatabase(): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  let handle: DbHandle;
  let env: Record<string, string>;
  let drop: () => Promise<void>;
  if (adminUrl) {
    const name = `soporte_broken_${randomBytes(4).toString("hex")}`;
    const admin = await rawFromUrl(adminUrl);
    await admin.exec(`CREATE DATABASE "${name}"`);
    await admin.close();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    handle = connectPostgres(url.toString(), 1);
    env = { DATABASE_URL: url.toString() };
    drop = async () => {
      const again = await rawFromUrl(adminUrl);
      await again.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await again.close();
    };
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), "soporte-broken-"));
    handle = connectEmbedded({ dataDir: path.join(dir, "pglite") });
    env = { PGLITE_DIR: path.join(dir, "pglite") };
    drop = async () => rmSync(dir, { recursive: true, force: true });
  }
  const raw = await handle.raw();
  await migrate(raw);
  await raw.exec(BREAK_DATABASE);
  await raw.close();
  await handle.close();
  return { env, drop };
}

type LogLine = {
  msg?: string;
  requestId?: string;
  clientRequestId?: string;
  err?: { message?: string; meta?: unknown };
};

let server: ChildProcess;
let url: string;
let dropDatabase = async () => {};
const logs: LogLine[] = [];

beforeAll(async () => {
  const database = await brokenDatabase();
  dropDatabase = database.drop;
  const port = await freePort();
  url = `http://localhost:${port}`;
  server = spawn(process.execPath, ["apps/web/dist/server.mjs"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      ...database.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXTAUTH_URL: url,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      LOG_LEVEL: "error",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let buffered = "";
  server.stdout!.on("data", (chunk: Buffer) => {
    const lines = (buffered + chunk.toString()).split("\n");
    buffered = lines.pop()!;
    for (const line of lines) if (line.startsWith("{")) logs.push(JSON.parse(line) as LogLine);
  });
  await untilReady(url, server, 120);
});

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
  await dropDatabase();
});

/** The logged error of the request `requestId` (the route and the procedure each log it). */
async function loggedError(requestId: string): Promise<LogLine> {
  await expect.poll(() => logs.some((line) => line.requestId === requestId)).toBe(true);
  return logs.find((line) => line.requestId === requestId)!;
}

describe("a real database error in production", () => {
  it("answers a failed Prisma query with a generic message and our request id, and logs the cause under it", async () => {
    const response = await fetch(`${url}/api/trpc/settings.get`, { headers: { "x-request-id": "client-chosen-id" } });
    const body = await response.text();
    expect(response.status).toBe(500);
    expectNoInternals(body);
    const { error } = JSON.parse(body) as {
      error: { json: { message: string; data: { code: string; requestId: string } } };
    };
    expect(error.json.message).toBe("Something went wrong on our side. Quote the request id if you report it.");
    expect(error.json.data.code).toBe("INTERNAL_SERVER_ERROR");
    // The id is ours, not the client's, and the same in the header and the body.
    expect(error.json.data.requestId).toMatch(UUID);
    expect(response.headers.get("x-request-id")).toBe(error.json.data.requestId);

    const logged = await loggedError(error.json.data.requestId);
    expect(logged.clientRequestId).toBe("client-chosen-id");
    expect(logged.err?.message).toMatch(/Setting.+does not exist/s);
  });

  it("answers a failed raw SQL statement the same way, through the typed client", async () => {
    const client = createSoporteClient({ url });
    const failure = await client.login("someone-SECRET-login", "a wrong password").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TRPCClientError);
    const { message, data } = failure as TRPCClientError<AppRouter>;
    expect(data?.code).toBe("INTERNAL_SERVER_ERROR");
    expectNoInternals(JSON.stringify({ message, data }));
    expect(JSON.stringify({ message, data })).not.toMatch(/SECRET/i);
    expect(data).not.toHaveProperty("stack");
    expect(data?.requestId).toMatch(UUID);

    const logged = await loggedError(data!.requestId!);
    // PostgreSQL's own message travels in the Prisma error's meta.
    expect(JSON.stringify(logged.err)).toMatch(/violates check constraint \\"refuse_every_row\\"/);
  });
});
