import { openTestDatabase, type TestDatabase } from "@soporte/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, inject } from "vitest";
import { signInWithPassword } from "../src/auth/sign-in";
import { loadSession } from "../src/auth/session-user";
import { createInnerContext } from "../src/context";
import { createCaller } from "../src/root";

export const DEMO_PASSWORD = "soporte-demo-2026";

/** Gives the test file its own copy of the seeded database. */
export function useTestDatabase(): () => TestDatabase {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await openTestDatabase(inject("testTemplate"));
  });
  afterAll(async () => {
    await database?.drop();
  });
  return () => {
    if (!database) throw new Error("The test database is opened in beforeAll");
    return database;
  };
}

const meta = { ip: "203.0.113.7", userAgent: "vitest", requestId: "test" };

/** Signs in through the real password check and returns a caller acting as that user. */
export async function callerFor(database: TestDatabase, login: string, password = DEMO_PASSWORD) {
  const { session } = await signInWithPassword(database.db, { login, password }, "api", meta);
  const auth = await loadSession(database.db, session.id);
  return {
    caller: createCaller(createInnerContext({ db: database.db, auth, meta })),
    auth: auth!,
    sessionId: session.id,
  };
}

let addresses = 0;
/** An address (documentation range) no other call in this test file uses, so per-IP limits stay per test. */
export const uniqueIp = () => `2001:db8::${(++addresses).toString(16)}`;

/** A signed-out caller; from an address of its own unless `ip` is given. */
export function anonymousCaller(database: TestDatabase, ip = uniqueIp()) {
  return createCaller(createInnerContext({ db: database.db, meta: { ...meta, ip } }));
}

/** The TRPCError a call fails with (the test fails if it succeeds). */
export async function failure(promise: Promise<unknown>): Promise<TRPCError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error("expected the call to fail");
}

let counter = 0;
/** A name no other test uses, for rows a test creates in the shared per-file database. */
export const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${counter++}`;

/**
 * Waits, if need be, until the current fixed window of `windowSeconds` has at least `margin` seconds
 * left, so a burst of calls a test counts falls into one window.
 */
export async function awayFromWindowEdge(windowSeconds: number, margin = 20): Promise<void> {
  const left = windowSeconds * 1000 - (Date.now() % (windowSeconds * 1000));
  if (left < margin * 1000) await new Promise((resolve) => setTimeout(resolve, left + 50));
}
