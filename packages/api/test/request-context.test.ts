import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { createRequestContext, requestMeta } from "../src/context";
import { signAccessToken } from "../src/auth/tokens";
import { apiEnv } from "../src/env";
import { callerFor, useTestDatabase } from "./db";

const database = useTestDatabase();

const bearer = (token: string) => new Headers({ authorization: `Bearer ${token}`, "user-agent": "vitest" });

describe("request authentication", () => {
  it("accepts a valid access token for a live session", async () => {
    const { auth, sessionId } = await callerFor(database(), "agent@soporte.test");
    const { token } = await signAccessToken({ userId: auth.user.id, sessionId });
    const ctx = await createRequestContext({ db: database().db, headers: bearer(token) });
    expect(ctx.auth?.user.username).toBe("agent");
    expect(ctx.auth?.user.roles).toEqual(["agent"]);
  });

  it("accepts a browser session id and refuses it once the session is revoked", async () => {
    const { sessionId } = await callerFor(database(), "backoffice");
    const headers = new Headers();
    expect(
      (await createRequestContext({ db: database().db, headers, browserSessionId: sessionId })).auth?.user.username,
    ).toBe("backoffice");
    await database().db.session.update({ where: { id: sessionId }, data: { revokedAt: new Date() } });
    expect((await createRequestContext({ db: database().db, headers, browserSessionId: sessionId })).auth).toBeNull();
  });

  it("refuses the token of a disabled user", async () => {
    const { auth, sessionId } = await callerFor(database(), "requester");
    const { token } = await signAccessToken({ userId: auth.user.id, sessionId });
    await database().db.user.update({ where: { id: auth.user.id }, data: { active: false } });
    try {
      expect((await createRequestContext({ db: database().db, headers: bearer(token) })).auth).toBeNull();
    } finally {
      await database().db.user.update({ where: { id: auth.user.id }, data: { active: true } });
    }
  });

  it("refuses forged, expired and wrong-audience tokens", async () => {
    const { auth, sessionId } = await callerFor(database(), "agent");
    const key = new TextEncoder().encode(apiEnv().AUTH_SECRET);
    const claims = { sid: sessionId, typ: "access" };
    const sign = (build: (jwt: SignJWT) => SignJWT, secret = key) =>
      build(new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setSubject(auth.user.id)).sign(secret);
    const unsigned = `${Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url")}.${Buffer.from(
      JSON.stringify({ ...claims, sub: auth.user.id, iss: "soporte", aud: "soporte-api", exp: 9999999999 }),
    ).toString("base64url")}.`;
    const tokens = {
      algNone: unsigned,
      wrongSecret: await sign(
        (j) => j.setIssuer("soporte").setAudience("soporte-api").setExpirationTime("5m"),
        new TextEncoder().encode("another-secret-another-secret-another"),
      ),
      wrongAudience: await sign((j) => j.setIssuer("soporte").setAudience("someone-else").setExpirationTime("5m")),
      wrongIssuer: await sign((j) => j.setIssuer("evil").setAudience("soporte-api").setExpirationTime("5m")),
      expired: await sign((j) =>
        j
          .setIssuer("soporte")
          .setAudience("soporte-api")
          .setExpirationTime(Math.floor(Date.now() / 1000) - 60),
      ),
      otherAlgorithm: await new SignJWT(claims)
        .setProtectedHeader({ alg: "HS512" })
        .setSubject(auth.user.id)
        .setIssuer("soporte")
        .setAudience("soporte-api")
        .setExpirationTime("5m")
        .sign(key),
      notAnAccessToken: await new SignJWT({ ...claims, typ: "refresh" })
        .setProtectedHeader({ alg: "HS256" })
        .setSubject(auth.user.id)
        .setIssuer("soporte")
        .setAudience("soporte-api")
        .setExpirationTime("5m")
        .sign(key),
      noExpiry: await sign((j) => j.setIssuer("soporte").setAudience("soporte-api")),
      garbage: "not-a-token",
    };
    for (const [name, token] of Object.entries(tokens)) {
      const ctx = await createRequestContext({ db: database().db, headers: bearer(token) });
      expect(ctx.auth, name).toBeNull();
    }
    // The same claims, correctly signed by another JWT library, are accepted: the format is plain HS256.
    const valid = await sign((j) => j.setIssuer("soporte").setAudience("soporte-api").setExpirationTime("5m"));
    expect((await createRequestContext({ db: database().db, headers: bearer(valid) })).auth?.sessionId).toBe(sessionId);
  });

  it("makes its own request id, keeping a client's x-request-id beside it for the logs only", async () => {
    const chosen = "client-chosen-id";
    const ctx = await createRequestContext({ db: database().db, headers: new Headers({ "x-request-id": chosen }) });
    expect(ctx.meta.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(ctx.meta.clientRequestId).toBe(chosen);
    expect(requestMeta(new Headers({ "x-request-id": "x".repeat(500) })).clientRequestId).toHaveLength(64);
    const plain = requestMeta(new Headers());
    expect(plain.clientRequestId).toBeUndefined();
    expect(plain.requestId).not.toBe(requestMeta(new Headers()).requestId);
  });
});
