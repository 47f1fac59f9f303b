import { NextResponse, type NextRequest } from "next/server";
import { webEnv } from "@/env";
import { createNonce, securityHeaders } from "@/server/security-headers";

/** Pages get a CSP nonce; API routes and Next's static files are not documents. */
const isPage = (pathname: string) => !pathname.startsWith("/api/") && !pathname.startsWith("/_next/");

/**
 * Runs for every request (no matcher), so every response gets the security headers. For pages the
 * CSP also goes on the request: Next.js reads the nonce from it and puts it on its own scripts, and
 * `x-nonce` hands it to the root layout for next-themes' inline script. The requested path goes
 * along so a signed-out visitor can be sent to the sign-in page and brought back afterwards.
 */
export function proxy(req: NextRequest) {
  const { https, development } = webEnv();
  const nonce = isPage(req.nextUrl.pathname) ? createNonce() : undefined;
  const security = securityHeaders({ nonce, https, development });
  const headers = new Headers(req.headers);
  if (nonce) {
    headers.set("x-pathname", req.nextUrl.pathname + req.nextUrl.search);
    headers.set("x-nonce", nonce);
    headers.set("content-security-policy", security["Content-Security-Policy"]);
  }
  const response = NextResponse.next({ request: { headers } });
  for (const [name, value] of Object.entries(security)) response.headers.set(name, value);
  return response;
}
