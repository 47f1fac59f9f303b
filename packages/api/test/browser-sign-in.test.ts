import { openTestDatabase } from "@soporte/db/testing";
import { describe, expect, inject, it, vi } from "vitest";
import { signInForBrowser } from "../src/auth/browser-sign-in";
import { describeSignInError, SIGN_IN_UNAVAILABLE } from "../src/auth/sign-in-errors";
import { INVALID_CREDENTIALS } from "../src/auth/sign-in";
import { logger } from "../src/lib/logger";
import { DEMO_PASSWORD, useTestDatabase } from "./db";

const database = useTestDatabase();
const headers = () => new Headers({ "user-agent": "vitest", "x-request-id": "req-browser-1" });

/** The message signInForBrowser threw: what next-auth puts in the sign-in page's URL. */
async function thrown(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected the sign-in to fail");
}

describe("signInForBrowser (next-auth's authorize)", () => {
  it("returns the user and the new session for the right password, null for unusable input", async () => {
    const user = await signInForBrowser(database().db, { login: "agent", password: DEMO_PASSWORD }, headers());
    const session = await database().db.session.findUniqueOrThrow({ where: { id: user!.sessionId } });
    expect(session).toMatchObject({ userId: user!.id, kind: "web" });
    expect(await signInForBrowser(database().db, { login: "", password: "x" }, headers())).toBeNull();
    expect(await signInForBrowser(database().db, undefined, headers())).toBeNull();
  });

  it("passes the user's own errors on as their message", async () => {
    expect(
      await thrown(signInForBrowser(database().db, { login: "agent", password: "wrong-password" }, headers())),
    ).toBe(INVALID_CREDENTIALS);
  });

  it("turns a database failure into SignInUnavailable, logged with the request id, never the raw error", async () => {
    // A database that was there and is gone (PostgreSQL: dropped; PGlite: closed).
    const broken = await openTestDatabase(inject("testTemplate"));
    await broken.db.$queryRaw`SELECT 1`;
    await broken.drop();
    const logged = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    try {
      const message = await thrown(signInForBrowser(broken.db, { login: "agent", password: DEMO_PASSWORD }, headers()));
      expect(message).toBe(SIGN_IN_UNAVAILABLE);
      expect(logged).toHaveBeenCalledTimes(1);
      const [fields] = logged.mock.calls[0] as unknown as [{ requestId: string; clientRequestId: string; err: Error }];
      // Our own id, with the client's beside it.
      expect(fields.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(fields.clientRequestId).toBe("req-browser-1");
      expect(fields.err).toBeInstanceOf(Error);
      expect(fields.err.message).not.toBe(SIGN_IN_UNAVAILABLE);
    } finally {
      logged.mockRestore();
    }
  });
});

describe("describeSignInError (the sign-in form's text)", () => {
  it("explains next-auth's codes and shows the API's sentences as they are", () => {
    expect(describeSignInError("CredentialsSignin")).toBe(INVALID_CREDENTIALS);
    const unavailable = describeSignInError(SIGN_IN_UNAVAILABLE);
    expect(unavailable).toMatch(/not possible right now/);
    for (const code of ["Configuration", "Callback", "Default"]) expect(describeSignInError(code)).toBe(unavailable);
    const limited = "Too many failed sign-in attempts. Try again in 42 seconds.";
    expect(describeSignInError(limited)).toBe(limited);
    expect(describeSignInError(INVALID_CREDENTIALS)).toBe(INVALID_CREDENTIALS);
  });
});
