import type { IncomingMessage } from "node:http";
import { apiEnv } from "@soporte/api";
import { parse } from "cookie";
import { getToken } from "next-auth/jwt";

type TokenRequest = Parameters<typeof getToken>[0]["req"];

/**
 * The session id in a browser's next-auth cookie, or null. next-auth reads cookies from `req.cookies`
 * (it joins chunked cookies and picks the `__Secure-` name behind https), so they are parsed here.
 */
export async function browserSessionId(req: IncomingMessage): Promise<string | null> {
  if (!req.headers.cookie) return null;
  const tokenRequest = { headers: req.headers, cookies: parse(req.headers.cookie) } as unknown as TokenRequest;
  const token = await getToken({ req: tokenRequest, secret: apiEnv().AUTH_SECRET });
  return typeof token?.sid === "string" ? token.sid : null;
}
