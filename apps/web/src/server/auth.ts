import "server-only";
import { apiEnv, loadSession, requestMeta, signInWithPassword, type AuthSession } from "@soporte/api";
import { TRPCError } from "@trpc/server";
import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import { cache } from "react";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
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

const credentialsSchema = z.object({ login: z.string().min(1).max(254), password: z.string().min(1).max(128) });

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
        async authorize(credentials, req) {
          const input = credentialsSchema.safeParse(credentials);
          if (!input.success) return null;
          const headers = new Headers(req.headers as Record<string, string> | undefined);
          try {
            const { session, userId } = await signInWithPassword(db(), input.data, "web", requestMeta(headers));
            return { id: userId, sessionId: session.id };
          } catch (error) {
            // next-auth turns a thrown error's message into the sign-in page's error code.
            if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") throw new Error(error.message);
            throw error;
          }
        },
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
