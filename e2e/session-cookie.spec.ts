// The browser session cookie's shape. Over https it must be `__Host-`, Secure, HttpOnly, SameSite=Lax,
// Path=/ and without Domain. No https server is needed to prove what the app sends: a second
// production server believes it is served at an https URL (NEXTAUTH_URL), and the Set-Cookie
// headers of a real sign-in are read over plain http.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { sessionCookie } from "../apps/web/src/server/session-cookie";
import { DEMO_PASSWORD } from "./fixtures";

test("sessionCookie(): __Host- and Secure for an https public URL, the plain name over http", () => {
  const options = { httpOnly: true, sameSite: "lax", path: "/" };
  expect(sessionCookie("https://help.example.com")).toEqual({
    name: "__Host-soporte.session",
    options: { ...options, secure: true },
  });
  expect(sessionCookie("http://localhost:3000")).toEqual({
    name: "soporte.session",
    options: { ...options, secure: false },
  });
  expect(sessionCookie(undefined)).toEqual({ name: "soporte.session", options: { ...options, secure: false } });
});

/** `name=value; A; B=c` → { name, value, attributes: { a: true, b: "c" } } (attribute names lower-cased). */
function parseSetCookie(header: string) {
  const [pair = "", ...parts] = header.split(";").map((part) => part.trim());
  const [name = "", ...value] = pair.split("=");
  const attributes = Object.fromEntries(
    parts.map((part) => {
      const [key = "", ...rest] = part.split("=");
      return [key.toLowerCase(), rest.length ? rest.join("=") : true];
    }),
  );
  return { name, value: value.join("="), attributes };
}

test.describe("behind an https public URL", () => {
  // A port of its own next to the suite's server.
  const port = Number(process.env.E2E_PORT ?? 3100) + 5;
  const base = `http://localhost:${port}`;
  let server: ChildProcess | undefined;

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    const root = path.resolve(import.meta.dirname, "..");
    server = spawn("node", ["e2e/serve.mjs", String(port)], {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, E2E_PUBLIC_URL: `https://localhost:${port}` },
    });
    const deadline = Date.now() + 220_000;
    while (
      !(await fetch(`${base}/api/health/db`).then(
        (r) => r.ok,
        () => false,
      ))
    ) {
      if (server.exitCode !== null) throw new Error(`the https-URL server exited with ${server.exitCode}`);
      if (Date.now() > deadline) throw new Error("the https-URL server did not become ready");
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  });

  test.afterAll(async () => {
    if (!server || server.exitCode !== null) return;
    const exited = new Promise((resolve) => server!.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  });

  test("sign-in sets __Host-soporte.session: Secure, HttpOnly, SameSite=Lax, Path=/, no Domain; the API reads it", async () => {
    const csrf = await fetch(`${base}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const csrfCookies = csrf.headers.getSetCookie().map(parseSetCookie);
    // next-auth's own cookies follow the same decision.
    expect(csrfCookies.map((c) => c.name)).toContain("__Host-next-auth.csrf-token");

    const signIn = await fetch(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        cookie: csrfCookies.map((c) => `${c.name}=${c.value}`).join("; "),
      },
      body: new URLSearchParams({ csrfToken, login: "agent", password: DEMO_PASSWORD, json: "true" }),
    });
    const cookies = signIn.headers.getSetCookie().map(parseSetCookie);
    const session = cookies.find((c) => c.name === "__Host-soporte.session");
    expect(session, JSON.stringify(cookies)).toBeDefined();
    expect(session!.value.length).toBeGreaterThan(20);
    expect(session!.attributes).toMatchObject({ secure: true, httponly: true, samesite: "Lax", path: "/" });
    expect(session!.attributes).not.toHaveProperty("domain");
    expect(cookies.filter((c) => c.name.includes("session") && c.name !== "__Host-soporte.session")).toEqual([]);

    const me = await fetch(`${base}/api/trpc/me.get`, { headers: { cookie: `${session!.name}=${session!.value}` } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { result: { data: { json: { username: string } } } }).result.data.json.username).toBe(
      "agent",
    );
    // The same value under the plain name is not looked at: it could have been set over http.
    const plain = await fetch(`${base}/api/trpc/me.get`, { headers: { cookie: `soporte.session=${session!.value}` } });
    expect(plain.status).toBe(401);
  });
});
