import "server-only";
import {
  apiEnv,
  createInnerContext,
  endSession,
  loadSession,
  logger,
  requestMeta,
  signInForBrowser,
  type AuthSession,
} from "@soporte/api";
import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { cache } from "react";
import CredentialsProvider from "next-auth/providers/credentials";
import { webEnv } from "@/env";
import { db } from "./db";
import { sessionCookie } from "./session-cookie";

declare module "next-auth" {
  interface User {
    sessionId: string;
  }
  interface Session {
    sessionId: string;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
  }
}

let options: NextAuthOptions | undefined;

/** The session row of this request, loaded once per server render however often it is asked for. */
const liveSession = cache((sessionId: string) => loadSession(db(), sessionId));

/**
 * Thrown by the jwt callback for a cookie whose session is over: next-auth then answers
 * `/api/auth/session` with `{}` and clears the cookie (next-auth 4.24 does that for a thrown error
 * only; a `null` token is not handled there).
 */
class SessionEnded extends Error {
  override name = "SessionEnded";
}

/**
 * next-auth keeps only the id of a row in the Session table in its cookie; every request checks
 * that row, so the browser session can be listed and revoked like any API session.
 */
export function authOptions(): NextAuthOptions {
  const cookie = sessionCookie(webEnv().publicOrigin);
  return (options ??= {
    secret: apiEnv().AUTH_SECRET,
    session: { strategy: "jwt", maxAge: apiEnv().WEB_SESSION_TTL_SECONDS },
    // next-auth's other cookies (CSRF token, callback URL) follow the same https decision.
    useSecureCookies: cookie.options.secure,
    cookies: { sessionToken: cookie },
    logger: {
      error(code, metadata) {
        const ended =
          code === "JWT_SESSION_ERROR" &&
          metadata instanceof Object &&
          "name" in metadata &&
          metadata.name === "SessionEnded";
        if (ended) logger.debug({ code }, "browser session ended");
        else logger.error({ code, err: metadata }, "next-auth error");
      },
      warn: (code) => logger.warn({ code }, "next-auth warning"),
      debug: (code, metadata) => logger.debug({ code, metadata }, "next-auth debug"),
    },
    pages: { signIn: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Soporte",
        credentials: {
          login: { label: "Email or username", type: "text" },
          password: { label: "Password", type: "password" },
        },
        authorize: (credentials, req) =>
          signInForBrowser(db(), credentials, new Headers(req.headers as Record<string, string> | undefined)),
      }),
    ],
    callbacks: {
      // Runs at sign-in (with `user`) and on every session read, so a revoked, expired or idle
      // session reads as signed out.
      async jwt({ token, user }) {
        if (user) token.sid = user.sessionId;
        else if (!token.sid || !(await liveSession(token.sid))) throw new SessionEnded();
        return token;
      },
      session({ session, token }) {
        return { ...session, sessionId: token.sid ?? "" };
      },
    },
    events: {
      async signOut({ token }) {
        if (token.sid)
          await endSession(createInnerContext({ db: db(), meta: requestMeta(await headers()) }), token.sid);
      },
    },
  });
}

/** The signed-in user of this request, or null when the cookie is missing or its session is no longer live. */
export const getAuth = cache(async (): Promise<AuthSession | null> => {
  const session = await getServerSession(authOptions());
  if (!session?.sessionId) return null;
  return liveSession(session.sessionId);
});
