import { apiEnv, appRouter, createRequestContext, logger, RateLimitedError } from "@soporte/api";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { limitBody } from "@/server/body-limit";
import { db } from "@/server/db";
import { sessionCookie } from "@/server/session-cookie";

/** Batches larger than this are refused; the web client's batch link uses the same limit. */
const MAX_BATCH_SIZE = 20;

const handler = async (req: NextRequest) => {
  const limited = await limitBody(req);
  if (limited instanceof Response) return limited;
  // A bearer token wins; only browser requests need their next-auth cookie decoded.
  const cookie = sessionCookie(apiEnv().NEXTAUTH_URL);
  const token = req.headers.has("authorization")
    ? null
    : await getToken({ req, secret: apiEnv().AUTH_SECRET, cookieName: cookie.name, secureCookie: cookie.options.secure });
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    router: appRouter,
    req: limited,
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: () => createRequestContext({ db: db(), headers: req.headers, browserSessionId: token?.sid }),
    responseMeta({ errors }) {
      const retryAfter = Math.max(0, ...errors.map((e) => (e.cause instanceof RateLimitedError ? e.cause.retryAfterSeconds : 0)));
      return retryAfter ? { headers: new Headers({ "retry-after": String(retryAfter) }) } : {};
    },
    onError({ error, path, ctx }) {
      if (error.code === "INTERNAL_SERVER_ERROR") logger.error({ requestId: ctx?.meta.requestId, path, err: error.cause ?? error }, "tRPC request failed");
    },
  });
};

export { handler as GET, handler as POST };
