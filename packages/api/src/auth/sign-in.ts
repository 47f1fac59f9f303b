import { TRPCError } from "@trpc/server";
import type { Db, SessionKind } from "@soporte/db";
import type { RequestMeta } from "../context";
import { apiEnv } from "../env";
import { timingSafeDummyVerify, verifyPassword } from "./password";

export type SignInInput = { login: string; password: string; device?: string | undefined };

export const INVALID_CREDENTIALS = "Wrong email/username or password.";

/** Checks a password login and opens a new session (one row in Session) for it. */
export async function signInWithPassword(db: Db, input: SignInInput, kind: SessionKind, meta: RequestMeta) {
  const login = input.login.trim().toLowerCase();
  const user = await db.user.findFirst({
    where: login.includes("@") ? { email: login } : { username: login },
    select: { id: true, passwordHash: true, active: true },
  });
  const valid = user ? await verifyPassword(user.passwordHash, input.password) : await timingSafeDummyVerify(input.password);
  if (!user || !valid) throw new TRPCError({ code: "UNAUTHORIZED", message: INVALID_CREDENTIALS });
  if (!user.active) throw new TRPCError({ code: "FORBIDDEN", message: "This account is disabled. Ask an administrator to enable it." });

  const env = apiEnv();
  const ttl = kind === "web" ? env.WEB_SESSION_TTL_SECONDS : env.REFRESH_TOKEN_TTL_SECONDS;
  const now = new Date();
  const [session] = await db.$transaction([
    db.session.create({
      data: {
        userId: user.id,
        kind,
        userAgent: meta.userAgent.slice(0, 512),
        device: (input.device ?? describeDevice(meta.userAgent)).slice(0, 120),
        ip: meta.ip,
        expiresAt: new Date(now.getTime() + ttl * 1000),
      },
      select: { id: true, expiresAt: true },
    }),
    db.user.update({ where: { id: user.id }, data: { lastLoginAt: now }, select: { id: true } }),
  ]);
  return { session, userId: user.id };
}

/** A short human label for a user agent ("Chrome on Linux"). */
export function describeDevice(userAgent: string): string {
  const browser = /Edg\//.test(userAgent)
    ? "Edge"
    : /Firefox\//.test(userAgent)
      ? "Firefox"
      : /Chrome\//.test(userAgent)
        ? "Chrome"
        : /Safari\//.test(userAgent)
          ? "Safari"
          : /node|undici/i.test(userAgent)
            ? "Node.js"
            : "";
  const os = /Windows/.test(userAgent)
    ? "Windows"
    : /Android/.test(userAgent)
      ? "Android"
      : /iPhone|iPad/.test(userAgent)
        ? "iOS"
        : /Mac OS X/.test(userAgent)
          ? "macOS"
          : /Linux/.test(userAgent)
            ? "Linux"
            : "";
  return [browser, os].filter(Boolean).join(" on ") || "Unknown device";
}
