import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { appRouter, createRequestContext, logger, RateLimitedError, type Context } from "@soporte/api";
import { TRPCError } from "@trpc/server";
import { resolveResponse } from "@trpc/server/http";
import { browserSessionId } from "./browser-session";
import { db } from "./db";

export const API_BASE_PATH = "/api/trpc";
/** Larger bodies are refused with 413 (by Content-Length, or counted while reading a chunked body). */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Batches larger than this are refused; the web client's batch link uses the same limit. */
export const MAX_BATCH_SIZE = 20;

/** Whether `url` is `base` or under it (`/api/trpc`, `/api/trpc/me.get`, `/api/trpc?batch=1`; not `/api/trpcx`). */
export function isUnder(base: string, url: string | undefined): boolean {
  if (!url?.startsWith(base)) return false;
  const next = url.charAt(base.length);
  return next === "" || next === "/" || next === "?";
}

export const isApiRequest = (url: string | undefined) => isUnder(API_BASE_PATH, url);

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
 * Runs before the procedure (the CSRF check goes here): headers it sets on `res` stay on the answer,
 * and an error it returns is the answer, in tRPC's error shape and HTTP status.
 */
export type ApiGuard = (req: IncomingMessage, res: ServerResponse) => TRPCError | null;

/** The requests being answered, to end their streams (subscriptions) when the server stops. */
const answering = new Set<AbortController>();

/**
 * Ends every open stream now, cleanly: a subscriber's client reconnects (to another instance, or to
 * this one once it is back) and resumes after the last event it received.
 */
export function endStreams(): void {
  for (const abort of answering) abort.abort();
}

/**
 * `/api/trpc` straight from node:http to the router, through tRPC's adapter core (`resolveResponse`).
 * tRPC's own Node adapter does the same but streams every answer through web streams and aborts a
 * signal (creating a DOMException) at the end of every request: a quarter of the CPU of an API call.
 * Authenticates a bearer token, or else the browser's next-auth cookie.
 */
export function createApiHandler(guard?: ApiGuard) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const headers = toHeaders(req.headers);
      const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "localhost"}`);
      const refusal = guard?.(req, res) ?? null;
      const body = await readBody(req);
      if (body instanceof TRPCError) res.setHeader("connection", "close"); // stop reading the rest
      // Aborts subscriptions when the client goes away; a finished answer needs no abort.
      const abort = new AbortController();
      answering.add(abort);
      res.once("close", () => {
        answering.delete(abort);
        if (!res.writableFinished) abort.abort();
      });
      const response = await resolveResponse({
        router: appRouter,
        req: new Request(url, { method: req.method, headers, signal: abort.signal, ...requestBody(body) }),
        path: url.pathname.slice(API_BASE_PATH.length + 1),
        error: refusal,
        maxBatchSize: MAX_BATCH_SIZE,
        createContext: () => requestContext(req, headers),
        responseMeta({ ctx, errors }) {
          const headers = new Headers();
          if (ctx) headers.set("x-request-id", ctx.meta.requestId);
          const retryAfter = Math.max(
            0,
            ...errors.map((e) => (e.cause instanceof RateLimitedError ? e.cause.retryAfterSeconds : 0)),
          );
          if (retryAfter) headers.set("retry-after", String(retryAfter));
          return { headers };
        },
        onError({ error, path, ctx }) {
          if (error.code === "INTERNAL_SERVER_ERROR") {
            logger.error(
              {
                requestId: ctx?.meta.requestId,
                clientRequestId: ctx?.meta.clientRequestId,
                path,
                err: error.cause ?? error,
              },
              "tRPC request failed",
            );
          }
        },
      });
      await writeResponse(res, response);
    } catch (error) {
      logger.error({ err: error, url: req.url }, "API request failed outside tRPC");
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(
        res.headersSent ? undefined : JSON.stringify({ error: { message: "Something went wrong on our side." } }),
      );
    }
  };
}

/** Who is asking: a bearer token wins; only browser requests need their next-auth cookie decoded. */
export async function requestContext(req: IncomingMessage, headers: Headers): Promise<Context> {
  const browserSession = headers.has("authorization") ? null : await browserSessionId(req);
  return createRequestContext({
    db: db(),
    headers,
    socketIp: req.socket.remoteAddress ?? null,
    browserSessionId: browserSession,
  });
}

/** The whole body (GET and HEAD have none), or a PAYLOAD_TOO_LARGE error once it passes the limit. */
export function readBody(req: IncomingMessage): Promise<Buffer | TRPCError | undefined> {
  if (req.method === "GET" || req.method === "HEAD") return Promise.resolve(undefined);
  const tooLarge = new TRPCError({
    code: "PAYLOAD_TOO_LARGE",
    message: `The request body is larger than ${MAX_BODY_BYTES / 1024} KiB.`,
  });
  if (Number(req.headers["content-length"] ?? 0) > MAX_BODY_BYTES) return Promise.resolve(tooLarge);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (result: Buffer | TRPCError) => {
      req.off("data", onData).off("end", onEnd).off("error", reject);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > MAX_BODY_BYTES) done(tooLarge);
      else chunks.push(chunk);
    };
    const onEnd = () => done(Buffer.concat(chunks));
    req.on("data", onData).on("end", onEnd).on("error", reject);
  });
}

/** tRPC reads the body while parsing the call; a body that fails with an error makes that error the answer. */
function requestBody(body: Buffer | TRPCError | undefined): RequestInit {
  if (body === undefined) return {};
  if (!(body instanceof TRPCError))
    return { body: new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength) };
  const failing = new ReadableStream({ start: (controller) => controller.error(body) });
  return { body: failing, duplex: "half" } as RequestInit;
}

/** Plain answers go out in one write with a Content-Length; streamed ones (SSE, jsonl batches) as they come. */
async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  for (const [name, value] of response.headers) if (name !== "set-cookie") res.setHeader(name, value);
  const cookies = response.headers.getSetCookie();
  if (cookies.length) res.setHeader("set-cookie", cookies);
  if (!response.body) return void res.end();
  const streamed =
    response.headers.get("content-type")?.startsWith("text/event-stream") || response.headers.has("transfer-encoding");
  if (!streamed) {
    const body = Buffer.from(await response.arrayBuffer());
    res.setHeader("content-length", body.byteLength);
    return void res.end(body);
  }
  res.flushHeaders();
  // A client that goes away ends the pipeline early; that is not an error worth logging.
  await pipeline(Readable.fromWeb(response.body as NodeReadableStream), res).catch(() => {});
}
