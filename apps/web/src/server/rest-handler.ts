import type { IncomingMessage, ServerResponse } from "node:http";
import { randomUUID } from "node:crypto";
import {
  apiEnv,
  appRouter,
  INTERNAL_ERROR_MESSAGE,
  logger,
  openApiDocument,
  RateLimitedError,
  REST_BASE_PATH,
  type Context,
} from "@soporte/api";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { createOpenApiNodeHttpHandler } from "trpc-to-openapi";
import { z, ZodError } from "zod";
import { webEnv } from "../env";
import { isUnder, readBody, requestContext, toHeaders, type ApiGuard } from "./api-handler";

export { REST_BASE_PATH };

/** `/api/v1` and everything under it. */
export const isRestRequest = (url: string | undefined) => isUnder(REST_BASE_PATH, url);

/** The one error body of the REST API: `{ error: { code, message, fieldErrors?, requestId } }`. */
export type RestErrorBody = {
  error: { code: string; message: string; fieldErrors?: Record<string, string[]>; requestId: string };
};

export function restError(error: TRPCError, requestId: string): RestErrorBody {
  const production = apiEnv().NODE_ENV === "production";
  const zodError = error.cause instanceof ZodError ? error.cause : null;
  const fieldErrors = zodError ? (z.flattenError(zodError).fieldErrors as Record<string, string[]>) : undefined;
  let message = error.message;
  // Input validation: tRPC's message is the issues as JSON; the fields say it better.
  if (zodError && error.message === zodError.message)
    message = `Some fields are not valid: ${Object.keys(fieldErrors ?? {}).join(", ") || "the body"}.`;
  else if (error.code === "PARSE_ERROR") message = "The body is not valid JSON.";
  else if (error.code === "INTERNAL_SERVER_ERROR" && production) message = INTERNAL_ERROR_MESSAGE;
  return { error: { code: error.code, message, ...(fieldErrors ? { fieldErrors } : {}), requestId } };
}

function sendJson(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) {
  res.writeHead(status, {
    ...headers,
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
  });
  res.end(text);
}

/** What one REST request needs from its caller: who is asking, and where its error goes. */
type Call = { createContext: () => Promise<Context>; onError: (error: TRPCError, path: string | undefined) => void };
type Answer = { status: number; headers: Headers; body: string };

/**
 * trpc-to-openapi's handler, made once, fed a Fetch `Request` whose body is already parsed, and
 * answering into an object instead of a socket. (Its own fetch adapter rebuilds the handler on every
 * request, and outside production regenerates the whole document each time.)
 */
function openApiCaller() {
  const calls = new WeakMap<object, Call>();
  const handle = createOpenApiNodeHttpHandler({
    router: appRouter,
    createContext: ({ req }) => calls.get(req)!.createContext(),
    onError: ({ error, path, req }) => calls.get(req)?.onError(error, path),
  });
  return (request: Request, parsedBody: unknown, call: Call): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const answer: Answer = { status: 200, headers: new Headers(), body: "" };
      // The handler reads the parsed body from `req.body`.
      const req = new Proxy(request, {
        get: (target, key) => (key === "body" ? parsedBody : Reflect.get(target, key)),
      });
      calls.set(req, call);
      const res = {
        set statusCode(status: number) {
          answer.status = status;
        },
        get statusCode() {
          return answer.status;
        },
        setHeader(name: string, value: string | string[]) {
          for (const item of [value].flat()) answer.headers.append(name, item);
        },
        end(body: string) {
          answer.body = body;
          resolve(answer);
        },
      };
      handle(req as never, res as never).catch(reject);
    });
}

/** The JSON body of a write (`{}` when empty), or a PARSE_ERROR. Other types are the handler's to refuse (415). */
function parseJson(body: Buffer | undefined, headers: Headers): unknown {
  if (!body?.byteLength) return body ? {} : undefined;
  if (!headers.get("content-type")?.startsWith("application/json")) return undefined;
  try {
    return JSON.parse(body.toString("utf8"));
  } catch (cause) {
    return new TRPCError({ code: "PARSE_ERROR", message: "The body is not valid JSON.", cause });
  }
}

/**
 * `/api/v1`: the procedures that carry `meta.openapi`, as plain JSON over REST (trpc-to-openapi),
 * through the same guard (CSRF, security headers), body limit and authentication as `/api/trpc`,
 * so every rule a procedure checks holds here too. `GET /api/v1/openapi.json` is the document.
 */
export function createRestHandler(guard?: ApiGuard) {
  const call = openApiCaller();
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const headers = toHeaders(req.headers);
    const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "localhost"}`);
    let ctx: Context | undefined;
    let failure: TRPCError | undefined;
    const fail = (error: TRPCError) => {
      const requestId = ctx?.meta.requestId ?? randomUUID();
      const retryAfter = error.cause instanceof RateLimitedError ? error.cause.retryAfterSeconds : 0;
      sendJson(res, getHTTPStatusCodeFromError(error), JSON.stringify(restError(error, requestId)), {
        "x-request-id": requestId,
        ...(retryAfter ? { "retry-after": String(retryAfter) } : {}),
      });
    };
    try {
      const refusal = guard?.(req, res);
      if (refusal) return fail(refusal);
      if (url.pathname === `${REST_BASE_PATH}/openapi.json` && req.method === "GET")
        return sendJson(res, 200, JSON.stringify(openApiDocument(webEnv().publicOrigin)));
      const body = await readBody(req);
      if (body instanceof TRPCError) {
        res.setHeader("connection", "close"); // stop reading the rest
        return fail(body);
      }
      const parsed = parseJson(body, headers);
      if (parsed instanceof TRPCError) return fail(parsed);
      // A write without a body (POST /auth/logout) needs no Content-Type.
      if (body?.byteLength === 0 && !headers.has("content-type")) headers.set("content-type", "application/json");
      url.pathname = url.pathname.slice(REST_BASE_PATH.length) || "/";
      const answer = await call(new Request(url, { method: req.method, headers }), parsed, {
        createContext: async () => (ctx = await requestContext(req, headers)),
        onError(error, path) {
          failure = error;
          if (error.code === "INTERNAL_SERVER_ERROR")
            logger.error({ requestId: ctx?.meta.requestId, path, err: error.cause ?? error }, "REST request failed");
        },
      });
      if (failure) return fail(failure);
      sendJson(res, answer.status, answer.body ?? "null", ctx ? { "x-request-id": ctx.meta.requestId } : {});
    } catch (error) {
      logger.error({ err: error, url: req.url }, "REST request failed outside its procedure");
      if (!res.headersSent) fail(new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: error }));
      else res.end();
    }
  };
}
