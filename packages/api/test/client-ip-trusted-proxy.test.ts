// TRUSTED_PROXY_HOPS=1 for this file only (each test file runs in a process of its own).
import { describe, expect, it, vi } from "vitest";
import { createRequestContext, requestMeta } from "../src/context";
import { createCaller } from "../src/root";
import { anonymousCaller, awayFromWindowEdge, failure, unique, useTestDatabase } from "./db";

vi.stubEnv("TRUSTED_PROXY_HOPS", "1");
const database = useTestDatabase();

const viaProxy = async (forwardedFor: string) =>
  createCaller(
    await createRequestContext({
      db: database().db,
      headers: new Headers({ "x-forwarded-for": forwardedFor }),
      socketIp: "10.0.0.2",
    }),
  );

describe("behind one trusted proxy", () => {
  it("the client is the entry the proxy appended, not what the client wrote before it", () => {
    expect(requestMeta(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.5" }), { socketIp: "10.0.0.2" }).ip).toBe(
      "203.0.113.5",
    );
    // Next route handlers have no socket: the header alone is enough behind a proxy.
    expect(requestMeta(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.5" })).ip).toBe("203.0.113.5");
    expect(requestMeta(new Headers()).ip).toBe("");
  });

  it("rotating the entries the client wrote does not dodge the per-account+IP limit; another client is counted apart", async () => {
    const name = unique("proxied");
    const password = "a-fine-long-passphrase";
    await anonymousCaller(database()).auth.register({
      email: `${name}@example.test`,
      username: name,
      fullName: "Behind Proxy",
      password,
    });
    await awayFromWindowEdge(60);
    for (let i = 0; i < 10; i++) {
      const caller = await viaProxy(`192.0.2.${i + 1}, 203.0.113.6`);
      expect((await failure(caller.auth.login({ login: name, password: "wrong-password-7" }))).code).toBe(
        "UNAUTHORIZED",
      );
    }
    expect(
      (await failure((await viaProxy("192.0.2.99, 203.0.113.6")).auth.login({ login: name, password }))).code,
    ).toBe("TOO_MANY_REQUESTS");
    const other = await (await viaProxy("203.0.113.6, 203.0.113.7")).auth.login({ login: name, password });
    const session = await database().db.session.findFirstOrThrow({
      where: { userId: other.user.id },
      select: { ip: true },
    });
    expect(session.ip).toBe("203.0.113.7");
  });
});
