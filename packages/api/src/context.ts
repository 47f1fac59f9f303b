import { randomUUID } from "node:crypto";
import type { Db } from "@soporte/db";
import { clientIp } from "./auth/client-ip";
import { loadSession, type AuthSession } from "./auth/session-user";
import { verifyAccessToken } from "./auth/tokens";
import { apiEnv } from "./env";
import { logger } from "./lib/logger";

/** `ip` is "" when the client's address is unknown. `requestId` is always ours; a client's own
 * `x-request-id` is kept beside it for the logs only. */
export type RequestMeta = { ip: string; userAgent: string; requestId: string; clientRequestId?: string };

/** What a procedure sees. Tests build this directly with createInnerContext. */
export type Context = { db: Db; auth: AuthSession | null; meta: RequestMeta };

export function createInnerContext(opts: { db: Db; auth?: AuthSession | null; meta?: Partial<RequestMeta> }): Context {
  return {
    db: opts.db,
    auth: opts.auth ?? null,
    meta: { ip: "", userAgent: "", requestId: randomUUID(), ...opts.meta },
  };
}

let warnedUnknownIp = false;

/**
 * Who is asking, for rate limits, sessions and the audit log. The address is never taken from a
 * value the client controls: see `clientIp`. `socketIp` is the TCP peer when the caller has the
 * socket; where it has not (Next route handlers), the CLIENT_IP_HEADER our own server sets stands in.
 */
export function requestMeta(headers: Headers, opts: { socketIp?: string | null } = {}): RequestMeta {
  const env = apiEnv();
  const socketIp = opts.socketIp ?? (env.CLIENT_IP_HEADER ? headers.get(env.CLIENT_IP_HEADER) : null);
  const ip = clientIp({ socketIp, forwardedFor: headers.get("x-forwarded-for"), hops: env.TRUSTED_PROXY_HOPS });
  if (!ip && !warnedUnknownIp && env.NODE_ENV === "production") {
    warnedUnknownIp = true;
    logger.warn(
      { trustedProxyHops: env.TRUSTED_PROXY_HOPS, clientIpHeader: env.CLIENT_IP_HEADER || null },
      "client address unknown: per-IP rate limits are off until TRUSTED_PROXY_HOPS or CLIENT_IP_HEADER tells where it comes from",
    );
  }
  return {
    ip,
    userAgent: (headers.get("user-agent") ?? "").slice(0, 512),
    requestId: randomUUID(),
    clientRequestId: headers.get("x-request-id")?.slice(0, 64) || undefined,
  };
}

/**
 * The request wrapper: authenticates either an `Authorization: Bearer` access token or a browser
 * session (whose session id the web app reads from its next-auth cookie and passes in).
 */
export async function createRequestContext(opts: {
  db: Db;
  headers: Headers;
  browserSessionId?: string | null;
  socketIp?: string | null;
}): Promise<Context> {
  const meta = requestMeta(opts.headers, { socketIp: opts.socketIp });
  const bearer = opts.headers.get("authorization")?.match(/^Bearer\s+(\S{1,4096})$/i)?.[1];
  let sessionId: string | null = null;
  if (bearer) sessionId = (await verifyAccessToken(bearer))?.sessionId ?? null;
  else if (opts.browserSessionId) sessionId = opts.browserSessionId;
  const auth = sessionId ? await loadSession(opts.db, sessionId) : null;
  return { db: opts.db, auth, meta };
}
