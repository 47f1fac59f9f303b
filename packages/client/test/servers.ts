// Ports and readiness for the tests that start production servers.
import type { ChildProcess } from "node:child_process";
import { createServer } from "node:net";

/** A port nothing listens on right now (the system picks it), so parallel test runs do not collide. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Waits until the server at `url` answers /api/health/db; fails when `server` exits or `seconds` pass. */
export async function untilReady(url: string, server: ChildProcess, seconds = 180): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (
    !(await fetch(`${url}/api/health/db`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    if (Date.now() > deadline) throw new Error(`the server did not become ready in ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}
