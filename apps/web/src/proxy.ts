import { NextResponse, type NextRequest } from "next/server";

// Passes the requested path to server components, so a signed-out visitor can be sent to the
// sign-in page and brought back afterwards.
export function proxy(req: NextRequest) {
  const headers = new Headers(req.headers);
  headers.set("x-pathname", req.nextUrl.pathname + req.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/((?!api|_next|favicon.ico).*)"] };
