import { TRPCClientError } from "@trpc/client";
import type { AppRouter } from "../src/index";
import { describe, expect, inject, it } from "vitest";
import { createSoporteClient, type Tokens } from "../src/index";

const url = inject("serverUrl");
const PASSWORD = "soporte-demo-2026";

/** A fetch that counts the procedures it sends, to see how many refreshes went out. */
function countingFetch() {
  const calls: string[] = [];
  const fetcher: typeof fetch = (input, init) => {
    const requestUrl = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    calls.push(...new URL(requestUrl).pathname.replace("/api/trpc/", "").split(","));
    return fetch(input, init);
  };
  return { calls, fetcher };
}

describe("@soporte/client against a running server", () => {
  it("logs in, calls typed procedures with the bearer token, and logs out", async () => {
    const saved: (Tokens | null)[] = [];
    const client = createSoporteClient({ url, onTokens: (tokens) => saved.push(tokens) });
    const login = await client.login("agent", PASSWORD, "client test");
    expect(login.user.username).toBe("agent");
    const me = await client.api.me.get.query();
    expect(me.roles).toEqual(["agent"]);
    expect(me.createdAt).toBeInstanceOf(Date);
    const { items } = await client.api.sessions.list.query();
    expect(items.find((s) => s.current)?.device).toBe("client test");
    await client.logout();
    expect(saved.at(0)?.accessToken).toBe(login.accessToken);
    expect(saved.at(-1)).toBeNull();
    const after = await client.api.me.get.query().catch((error: unknown) => error);
    expect(after).toBeInstanceOf(TRPCClientError);
    expect((after as TRPCClientError<AppRouter>).data?.code).toBe("UNAUTHORIZED");
  });

  it("the logged-out session's tokens stop working for every client", async () => {
    const first = createSoporteClient({ url });
    await first.login("requester", PASSWORD);
    const copy = createSoporteClient({ url, tokens: first.getTokens() });
    expect((await copy.api.me.get.query()).username).toBe("requester");
    await first.logout();
    await expect(copy.api.me.get.query()).rejects.toThrow();
  });

  it("refreshes once when the server refuses the access token, and shares that refresh between concurrent calls", async () => {
    const { calls, fetcher } = countingFetch();
    const client = createSoporteClient({ url, fetch: fetcher });
    await client.login("backoffice", PASSWORD);
    const tokens = client.getTokens()!;
    // An access token the server refuses (as after a key change), with a refresh token that still works.
    client.setTokens({ ...tokens, accessToken: `${tokens.accessToken.slice(0, -4)}AAAA` });
    calls.length = 0;
    const results = await Promise.all(Array.from({ length: 8 }, () => client.api.me.get.query()));
    expect(results.every((me) => me.username === "backoffice")).toBe(true);
    expect(calls.filter((c) => c === "auth.refresh")).toHaveLength(1);
    expect(client.getTokens()?.refreshToken).not.toBe(tokens.refreshToken);
  });

  it("refreshes ahead of expiry, so an expiring token never reaches the server", async () => {
    const { calls, fetcher } = countingFetch();
    const client = createSoporteClient({ url, fetch: fetcher });
    await client.login("agent", PASSWORD);
    const tokens = client.getTokens()!;
    client.setTokens({ ...tokens, accessTokenExpiresAt: new Date(Date.now() + 1000) });
    calls.length = 0;
    const [a, b] = await Promise.all([client.api.me.get.query(), client.api.me.permissions.query()]);
    expect(a.username).toBe("agent");
    expect(b.roles).toEqual(["agent"]);
    expect(calls.filter((c) => c === "auth.refresh")).toHaveLength(1);
    expect(client.getTokens()!.accessTokenExpiresAt.getTime()).toBeGreaterThan(Date.now() + 60_000);
  });

  it("gives up and forgets the tokens when the refresh token is no longer valid", async () => {
    const saved: (Tokens | null)[] = [];
    const client = createSoporteClient({ url, onTokens: (t) => saved.push(t) });
    await client.login("agent", PASSWORD);
    const stale = client.getTokens()!;
    await client.api.auth.logout.mutate();
    client.setTokens(stale);
    const error = await client.api.me.get.query().catch((e: unknown) => e);
    expect((error as TRPCClientError<AppRouter>).data?.code).toBe("UNAUTHORIZED");
    expect(client.getTokens()).toBeNull();
  });
});

describe("HTTP limits of /api/trpc", () => {
  it("refuses a body over 1 MB with 413 before parsing it", async () => {
    const body = JSON.stringify({ json: { login: "x".repeat(1024 * 1024), password: "y" } });
    const response = await fetch(`${url}/api/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    expect(response.status).toBe(413);
  });

  it("refuses a batch of more than 20 calls", async () => {
    const paths = Array.from({ length: 21 }, () => "health.check").join(",");
    const input = encodeURIComponent(
      JSON.stringify(Object.fromEntries(Array.from({ length: 21 }, (_, i) => [i, { json: null }]))),
    );
    const response = await fetch(`${url}/api/trpc/${paths}?batch=1&input=${input}`);
    expect(response.status).toBe(400);
    const ok = await fetch(
      `${url}/api/trpc/health.check,health.check?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { json: null }, 1: { json: null } }))}`,
    );
    expect(ok.status).toBe(200);
  });

  it("rate-limits failed logins over HTTP with Retry-After", async () => {
    // A demo requester no other test of this server signs in as: the lock lasts the minute, and the
    // other files' logins would run into it.
    const login = "lucia.fernandez";
    // Rotating X-Forwarded-For would not help: with no trusted proxy the server ignores it.
    for (let i = 0; i < 10; i++) {
      await createSoporteClient({ url, headers: { "x-forwarded-for": `192.0.2.${i}` } })
        .login(login, "wrong-password-x")
        .catch(() => {});
    }
    const response = await fetch(`${url}/api/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": "192.0.2.99" },
      body: JSON.stringify({ json: { login, password: PASSWORD } }),
    });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = (await response.json()) as {
      error: { json: { message: string; data: { retryAfterSeconds: number } } };
    };
    expect(body.error.json.message).toMatch(/Try again in/);
    expect(body.error.json.data.retryAfterSeconds).toBeGreaterThan(0);
  });
});
