import type { IncomingMessage, ServerResponse } from "node:http";
import { TRPCError } from "@trpc/server";
import { webEnv } from "../env";
import { csrfRefusal, type HeaderSource } from "./csrf";
import { securityHeaders } from "./security-headers";

/** Node's header object behind the Fetch-style `get` the CSRF check reads. */
function headerSource(req: IncomingMessage): HeaderSource {
  return {
    get(name) {
      const value = req.headers[name.toLowerCase()];
      return Array.isArray(value) ? value.join(", ") : (value ?? null);
    },
  };
}

/**
 * What every `/api/trpc` request passes before its procedure: the security headers go on the answer
 * (pages get theirs from the Next proxy), and a cookie-authenticated mutation from another origin, or
 * with a body that is not JSON, is refused (403 / 415) before anything runs.
 */
export function apiGuard(req: IncomingMessage, res: ServerResponse): TRPCError | null {
  const { https, publicOrigin } = webEnv();
  for (const [name, value] of Object.entries(securityHeaders({ https }))) res.setHeader(name, value);
  const refusal = csrfRefusal({ method: req.method ?? "GET", headers: headerSource(req), allowedOrigin: publicOrigin });
  return refusal ? new TRPCError({ code: refusal.code, message: refusal.message }) : null;
}
