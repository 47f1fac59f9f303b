// Stopping a server with live streams open: it ends them first (their clients resume elsewhere), so
// it exits at once instead of waiting for them until its 5-second deadline.
import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createSoporteClient } from "../src/index";
import { freePort, untilReady } from "./servers";

const root = path.resolve(import.meta.dirname, "../../..");

describe("shutdown", () => {
  it("ends open streams and exits within seconds, not at its deadline", async () => {
    const port = await freePort();
    const url = `http://localhost:${port}`;
    const server = spawn(process.execPath, ["e2e/serve.mjs", String(port)], {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: "error" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    await untilReady(url, server);
    const client = createSoporteClient({ url });
    await client.login("agent", "soporte-demo-2026");
    let opened = false;
    const subscription = client.api.live.events.subscribe({}, { onStarted: () => (opened = true), onError: () => {} });
    try {
      await expect.poll(() => opened).toBe(true);
      const exited = new Promise<number>((resolve) => server.once("exit", () => resolve(Date.now())));
      const stopping = Date.now();
      server.kill("SIGTERM");
      expect((await exited) - stopping).toBeLessThan(4_000);
    } finally {
      subscription.unsubscribe();
      if (server.exitCode === null) server.kill("SIGKILL");
    }
  }, 240_000);
});
