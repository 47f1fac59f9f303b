import { randomUUID } from "node:crypto";
import type { Db } from "@soporte/db";
import { loadSession, type AuthSession } from "./auth/session-user";
import { verifyAccessToken } from "./auth/tokens";

/** `requestId` is always ours; a client's own `x-request-id` is kept beside it for the logs only. */
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

export function requestMeta(headers: Headers): RequestMeta {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return {
    ip: (forwarded || headers.get("x-real-ip") || "").slice(0, 64),
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
}): Promise<Context> {
  const meta = requestMeta(opts.headers);
  const bearer = opts.headers.get("authorization")?.match(/^Bearer\s+(\S{1,4096})$/i)?.[1];
  let sessionId: string | null = null;
  if (bearer) sessionId = (await verifyAccessToken(bearer))?.sessionId ?? null;
  else if (opts.browserSessionId) sessionId = opts.browserSessionId;
  const auth = sessionId ? await loadSession(opts.db, sessionId) : null;
  return { db: opts.db, auth, meta };
}
