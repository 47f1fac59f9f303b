import { afterEach, describe, expect, it, vi } from "vitest";

// webEnv() reads the environment once per module instance: each case loads a fresh one.
async function webEnvWith(env: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  const { webEnv } = await import("../src/env");
  return webEnv();
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("webEnv", () => {
  it("takes the public origin and https from NEXTAUTH_URL", async () => {
    expect(await webEnvWith({ NEXTAUTH_URL: "https://help.example.com/some/path", NODE_ENV: "production", PORT: "3000" })).toEqual({
      port: 3000,
      publicOrigin: "https://help.example.com",
      https: true,
      development: false,
    });
  });

  it("defaults to http://localhost:$PORT, like `pnpm start`", async () => {
    expect(await webEnvWith({ NEXTAUTH_URL: undefined, PORT: "3456" })).toMatchObject({
      port: 3456,
      publicOrigin: "http://localhost:3456",
      https: false,
    });
  });

  it("refuses a NEXTAUTH_URL that is not an http(s) URL, naming it", async () => {
    await expect(webEnvWith({ NEXTAUTH_URL: "help.example.com" })).rejects.toThrow(/NEXTAUTH_URL/);
    await expect(webEnvWith({ NEXTAUTH_URL: "ftp://help.example.com" })).rejects.toThrow(/NEXTAUTH_URL/);
  });
});
