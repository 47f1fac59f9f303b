// The web app's one process: `/api/trpc` goes straight to tRPC's Node adapter, `/api/v1` (REST) to
// trpc-to-openapi, everything else
// (pages, next-auth, /api/health) to Next.js's request handler. Built into dist/server.mjs by
// `pnpm build`; `node dist/server.mjs [--dev]`. See docs/serving.md.
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { apiEnv, eventHub, logger } from "@soporte/api";
import { closeDb, db } from "./src/server/db";
import next from "next";
import { webEnv } from "./src/env";
import { apiGuard } from "./src/server/api-guard";
import { createApiHandler, endStreams, isApiRequest } from "./src/server/api-handler";
import { CLIENT_IP_HEADER, stampClientIp } from "./src/server/client-ip";
import { createRestHandler, isRestRequest } from "./src/server/rest-handler";
import { handleApiDocs, isApiDocsRequest } from "./src/server/api-docs";

const dev = process.argv.includes("--dev");
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

let port: number;
try {
  // Invalid configuration stops start-up with a clear message instead of failing requests.
  port = webEnv().port;
  // This server writes the socket address into CLIENT_IP_HEADER on every request (below), so the
  // API may read it there where it has no socket (Next route handlers, next-auth).
  // eslint-disable-next-line no-restricted-properties -- a default for the API's own configuration, set before it is read
  process.env.CLIENT_IP_HEADER ??= CLIENT_IP_HEADER;
  apiEnv();
} catch (error) {
  console.error(`\nSoporte cannot start: ${(error as Error).message}\n`);
  process.exit(1);
}

const server = createServer();
// Idle kept-alive connections stay open for 65 s, not Node's 5: a client that reuses one just as the
// server closes it gets a reset (ECONNRESET) instead of an answer. Clients and proxies that keep
// connections without a timer of their own (Playwright's, a load balancer's 60 s) then rarely meet it.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
// Given the server, Next.js answers its WebSocket upgrades too (hot reload in development).
const app = next({ dev, dir, port, hostname: "localhost", httpServer: server });
const handlePage = app.getRequestHandler();
const handleApi = createApiHandler(apiGuard);
const handleRest = createRestHandler(apiGuard);
// Requests still being answered, so that stopping waits for them (even when their client left).
const inFlight = new Set<Promise<void>>();
server.on("request", (req, res) => {
  stampClientIp(req);
  const handled = isApiRequest(req.url)
    ? handleApi(req, res)
    : isRestRequest(req.url)
      ? handleRest(req, res)
      : isApiDocsRequest(req.url)
        ? handleApiDocs(req, res)
        : handlePage(req, res);
  inFlight.add(handled);
  void handled.finally(() => inFlight.delete(handled));
});
await app.prepare();
// This instance's one listening connection for domain events (docs/live-updates.md), open from the
// start so that it also prunes old events.
eventHub(db())
  .start()
  .catch((error: unknown) => logger.error({ err: error }, "the domain event listener did not start"));
server.listen(port, () => logger.info({ port, dev }, "serving"));

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  // Running requests finish first (a few seconds at most); the embedded database must be closed cleanly.
  setTimeout(() => process.exit(0), 5_000).unref();
  const closed = new Promise((resolve) => server.close(resolve));
  server.closeIdleConnections();
  // Open event streams would keep the server from closing: they end now, and their clients resume
  // elsewhere. A client that comes straight back on its kept-alive connection is cut a second later.
  endStreams();
  setTimeout(() => server.closeAllConnections(), 1_000).unref();
  await closed;
  await Promise.allSettled(inFlight);
  await app.close();
  await closeDb();
  process.exit(0);
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
