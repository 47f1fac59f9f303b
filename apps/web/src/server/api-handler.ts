import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { appRouter, createRequestContext, logger, RateLimitedError } from "@soporte/api";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import { browserSessionId } from "./browser-session";
import { db } from "./db";

export const API_BASE_PATH = "/api/trpc";
/** Larger bodies are refused with 413 while they are read (chunked ones too). */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Batches larger than this are refused; the web client's batch link uses the same limit. */
export const MAX_BATCH_SIZE = 20;

export function isApiRequest(url: string | undefined): boolean {
  if (!url?.startsWith(API_BASE_PATH)) return false;
  const next = url.charAt(API_BASE_PATH.length);
  return next === "" || next === "/" || next === "?";
}

/** A fetch `Headers` view of a Node request's headers, for code written against `Request`. */
export function toHeaders(incoming: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}

/**
 * Checks that run before tRPC reads the request (the CSRF check goes here): `next(error)` answers
 * with that error in tRPC's error shape and status, headers set on `res` stay on the response.
 */
type RequestGuard = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/**
 * `/api/trpc` on tRPC's Node adapter: the request goes from node:http to the router with no
 * framework in between. Authenticates a bearer token, or else the browser's next-auth cookie.
 */
export function createApiHandler(guard?: RequestGuard) {
  return createHTTPHandler({
    router: appRouter,
    basePath: `${API_BASE_PATH}/`,
    maxBodySize: MAX_BODY_BYTES,
    maxBatchSize: MAX_BATCH_SIZE,
    middleware: guard,
    async createContext({ req }) {
      const headers = toHeaders(req.headers);
      // A bearer token wins; only browser requests need their cookie decoded.
      const browserSession = headers.has("authorization") ? null : await browserSessionId(req);
      return createRequestContext({ db: db(), headers, browserSessionId: browserSession });
    },
    responseMeta({ errors }) {
      const retryAfter = Math.max(0, ...errors.map((e) => (e.cause instanceof RateLimitedError ? e.cause.retryAfterSeconds : 0)));
      return retryAfter ? { headers: new Headers({ "retry-after": String(retryAfter) }) } : {};
    },
    onError({ error, path, ctx }) {
      if (error.code === "INTERNAL_SERVER_ERROR") logger.error({ requestId: ctx?.meta.requestId, path, err: error.cause ?? error }, "tRPC request failed");
    },
  });
}
