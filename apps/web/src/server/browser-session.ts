import type { IncomingMessage } from "node:http";
import { apiEnv } from "@soporte/api";
import { parse } from "cookie";
import { getToken } from "next-auth/jwt";
import { webEnv } from "../env";
import { sessionCookie } from "./session-cookie";

type TokenRequest = Parameters<typeof getToken>[0]["req"];

/**
 * The session id in a browser's next-auth cookie, or null. next-auth reads cookies from `req.cookies`
 * (it joins chunked cookies); the name is ours (session-cookie.ts), so they are parsed here.
 */
export async function browserSessionId(req: IncomingMessage): Promise<string | null> {
  return sessionIdFromCookieHeader(req.headers.cookie);
}

/** The same for a Fetch-style request (Next route handlers). */
export function browserSessionIdOf(headers: Headers): Promise<string | null> {
  return sessionIdFromCookieHeader(headers.get("cookie") ?? undefined);
}

async function sessionIdFromCookieHeader(cookieHeader: string | undefined): Promise<string | null> {
  if (!cookieHeader) return null;
  const tokenRequest = { headers: { cookie: cookieHeader }, cookies: parse(cookieHeader) } as unknown as TokenRequest;
  const cookie = sessionCookie(webEnv().publicOrigin);
  const token = await getToken({
    req: tokenRequest,
    secret: apiEnv().AUTH_SECRET,
    cookieName: cookie.name,
    secureCookie: cookie.options.secure,
  });
  return typeof token?.sid === "string" ? token.sid : null;
}
