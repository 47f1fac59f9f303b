// Starts the production server (apps/web/dist/server.mjs, through e2e/serve.mjs) on a database of its
// own for the client tests, which talk to it over HTTP.
import { spawn } from "node:child_process";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { freePort, untilReady } from "./servers";

declare module "vitest" {
  export interface ProvidedContext {
    serverUrl: string;
  }
}

const root = path.resolve(import.meta.dirname, "../../..");

export default async function setup(project: TestProject) {
  const port = String(await freePort());
  const server = spawn("node", ["e2e/serve.mjs", port], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: process.env,
  });
  const url = `http://localhost:${port}`;
  await untilReady(url, server);
  project.provide("serverUrl", url);
  return async () => {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  };
}
