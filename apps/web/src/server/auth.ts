import "server-only";
import { apiEnv, loadSession, signInForBrowser, type AuthSession } from "@soporte/api";
import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import { cache } from "react";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "./db";

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

/**
 * next-auth keeps only the id of a row in the Session table in its cookie; every request checks
 * that row, so the browser session can be listed and revoked like any API session.
 */
export function authOptions(): NextAuthOptions {
  return (options ??= {
    secret: apiEnv().AUTH_SECRET,
    session: { strategy: "jwt", maxAge: apiEnv().WEB_SESSION_TTL_SECONDS },
    pages: { signIn: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Soporte",
        credentials: { login: { label: "Email or username", type: "text" }, password: { label: "Password", type: "password" } },
        authorize: (credentials, req) => signInForBrowser(db(), credentials, new Headers(req.headers as Record<string, string> | undefined)),
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.sid = user.sessionId;
        return token;
      },
      session({ session, token }) {
        return { ...session, sessionId: token.sid ?? "" };
      },
    },
    events: {
      async signOut({ token }) {
        if (token.sid) {
          await db().session.updateMany({
            where: { id: token.sid, revokedAt: null },
            data: { revokedAt: new Date(), revokedReason: "signed out" },
          });
        }
      },
    },
  });
}

/** The signed-in user of this request, or null when the cookie is missing or its session is no longer live. */
export const getAuth = cache(async (): Promise<AuthSession | null> => {
  const session = await getServerSession(authOptions());
  if (!session?.sessionId) return null;
  return loadSession(db(), session.sessionId);
});
