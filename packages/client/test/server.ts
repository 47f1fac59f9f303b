// Starts the production server (apps/web/dist/server.mjs, through e2e/serve.mjs) on a database of its
// own for the client tests, which talk to it over HTTP.
import { spawn } from "node:child_process";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { freePort } from "./free-port";

declare module "vitest" {
  export interface ProvidedContext {
    serverUrl: string;
  }
}

const root = path.resolve(import.meta.dirname, "../../..");

export default async function setup(project: TestProject) {
  const port = String(await freePort());
  const server = spawn("node", ["e2e/serve.mjs", port], { cwd: root, stdio: ["ignore", "ignore", "inherit"], env: process.env });
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    if (Date.now() > deadline) throw new Error("the server did not become ready in 180 s");
    const ready = await fetch(`${url}/api/health/db`).then((r) => r.ok, () => false);
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  project.provide("serverUrl", url);
  return async () => {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  };
}
