import { openTestDatabase } from "@soporte/db/testing";
import { describe, expect, inject, it, vi } from "vitest";
import { signInForBrowser } from "../src/auth/browser-sign-in";
import { parseSignInError, SIGN_IN_ERROR } from "../src/auth/sign-in-errors";
import { logger } from "../src/lib/logger";
import { awayFromWindowEdge, DEMO_PASSWORD, useTestDatabase } from "./db";

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

  it("reports the user's own errors as codes: wrong password, disabled account, too many attempts with the wait", async () => {
    const { db } = database();
    const wrong = { login: "agent", password: "wrong-password" };
    expect(await thrown(signInForBrowser(db, wrong, headers()))).toBe(SIGN_IN_ERROR.wrongCredentials);

    const disabled = await db.user.update({ where: { username: "backoffice" }, data: { active: false } });
    const refused = { login: disabled.username, password: DEMO_PASSWORD };
    expect(await thrown(signInForBrowser(db, refused, headers()))).toBe(SIGN_IN_ERROR.disabled);

    await awayFromWindowEdge(60);
    const unknown = { login: `nobody-${Date.now()}`, password: "wrong-password" };
    let code = "";
    for (let attempt = 0; attempt < 11; attempt++) code = await thrown(signInForBrowser(db, unknown, headers()));
    expect(code).toMatch(new RegExp(`^${SIGN_IN_ERROR.tooManyAttempts}:\\d+$`));
    expect(parseSignInError(code)).toEqual({
      kind: "tooManyAttempts",
      retryAfterSeconds: expect.any(Number),
    });
  });

  it("turns a database failure into SignInUnavailable, logged with the request id, never the raw error", async () => {
    // A database that was there and is gone (PostgreSQL: dropped; PGlite: closed).
    const broken = await openTestDatabase(inject("testTemplate"));
    await broken.db.$queryRaw`SELECT 1`;
    await broken.drop();
    const logged = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    try {
      const message = await thrown(signInForBrowser(broken.db, { login: "agent", password: DEMO_PASSWORD }, headers()));
      expect(message).toBe(SIGN_IN_ERROR.unavailable);
      expect(logged).toHaveBeenCalledTimes(1);
      const [fields] = logged.mock.calls[0] as unknown as [{ requestId: string; clientRequestId: string; err: Error }];
      // Our own id, with the client's beside it.
      expect(fields.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(fields.clientRequestId).toBe("req-browser-1");
      expect(fields.err).toBeInstanceOf(Error);
      expect(fields.err.message).not.toBe(SIGN_IN_ERROR.unavailable);
    } finally {
      logged.mockRestore();
    }
  });
});

describe("parseSignInError (what the sign-in form shows)", () => {
  it("reads our codes and next-auth's; whatever else is not the user's fault", () => {
    expect(parseSignInError(SIGN_IN_ERROR.wrongCredentials)).toEqual({ kind: "wrongCredentials" });
    expect(parseSignInError("CredentialsSignin")).toEqual({ kind: "wrongCredentials" });
    expect(parseSignInError(SIGN_IN_ERROR.disabled)).toEqual({ kind: "disabled" });
    expect(parseSignInError("TooManyAttempts:42")).toEqual({ kind: "tooManyAttempts", retryAfterSeconds: 42 });
    for (const code of [SIGN_IN_ERROR.unavailable, "Configuration", "Callback", "TooManyAttempts:soon", "Wrong email"])
      expect(parseSignInError(code)).toEqual({ kind: "unavailable" });
  });
});
