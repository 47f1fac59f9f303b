import { apiEnv, appRouter, createRequestContext, logger, RateLimitedError } from "@soporte/api";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { webEnv } from "@/env";
import { limitBody } from "@/server/body-limit";
import { csrfRefusal } from "@/server/csrf";
import { db } from "@/server/db";
import { sessionCookie } from "@/server/session-cookie";

/** Batches larger than this are refused; the web client's batch link uses the same limit. */
const MAX_BATCH_SIZE = 20;

const handler = async (req: NextRequest) => {
  const refusal = csrfRefusal({ method: req.method, headers: req.headers, allowedOrigin: webEnv().publicOrigin });
  if (refusal) return Response.json({ error: { message: refusal.message, code: refusal.code } }, { status: refusal.status });
  const limited = await limitBody(req);
  if (limited instanceof Response) return limited;
  // With an Authorization header the cookie is never read (csrfRefusal lets such requests through).
  const cookie = sessionCookie(webEnv().publicOrigin);
  const token = req.headers.has("authorization")
    ? null
    : await getToken({ req, secret: apiEnv().AUTH_SECRET, cookieName: cookie.name, secureCookie: cookie.options.secure });
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    router: appRouter,
    req: limited,
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: () => createRequestContext({ db: db(), headers: req.headers, browserSessionId: token?.sid }),
    responseMeta({ ctx, errors }) {
      const headers = new Headers();
      if (ctx) headers.set("x-request-id", ctx.meta.requestId);
      const retryAfter = Math.max(0, ...errors.map((e) => (e.cause instanceof RateLimitedError ? e.cause.retryAfterSeconds : 0)));
      if (retryAfter) headers.set("retry-after", String(retryAfter));
      return { headers };
    },
    onError({ error, path, ctx }) {
      if (error.code === "INTERNAL_SERVER_ERROR") {
        logger.error({ requestId: ctx?.meta.requestId, clientRequestId: ctx?.meta.clientRequestId, path, err: error.cause ?? error }, "tRPC request failed");
      }
    },
  });
};

export { handler as GET, handler as POST };
