import type { Db, SessionKind } from "@soporte/db";
import { TRPCError } from "@trpc/server";
import type { RequestMeta } from "../context";
import { apiEnv } from "../env";
import { timingSafeDummyVerify, verifyPassword } from "./password";
import { assertWithinLimits, recordHit, type LimitRule } from "./rate-limit";

export type SignInInput = { login: string; password: string; device?: string | undefined };

export const INVALID_CREDENTIALS = "Wrong email/username or password.";

/** Failed logins are limited per account+IP, per account and per IP. */
function loginLimits(account: string, ip: string): LimitRule[] {
  const env = apiEnv();
  return [
    { key: `login:account-ip:${account}:${ip}`, limit: env.RATE_LIMIT_LOGIN_PER_ACCOUNT_IP_MINUTE, windowSeconds: 60 },
    { key: `login:account:${account}`, limit: env.RATE_LIMIT_LOGIN_PER_ACCOUNT_HOUR, windowSeconds: 3600 },
    { key: `login:ip:${ip}`, limit: env.RATE_LIMIT_LOGIN_PER_IP_HOUR, windowSeconds: 3600 },
  ];
}

/**
 * Checks a password login and opens a new session (one row in Session) for it. Shared by the
 * browser (next-auth) and `auth.login`, so both count against the same limits.
 */
export async function signInWithPassword(db: Db, input: SignInInput, kind: SessionKind, meta: RequestMeta) {
  const login = input.login.trim().toLowerCase();
  const user = await db.user.findFirst({
    where: login.includes("@") ? { email: login } : { username: login },
    select: { id: true, passwordHash: true, active: true },
  });
  const limits = loginLimits(user?.id ?? login, meta.ip || "unknown");
  await assertWithinLimits(db, limits, "failed sign-in attempts");

  const valid = user ? await verifyPassword(user.passwordHash, input.password) : await timingSafeDummyVerify(input.password);
  if (!user || !valid) {
    await recordHit(db, limits);
    throw new TRPCError({ code: "UNAUTHORIZED", message: INVALID_CREDENTIALS });
  }
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
        device: (input.device || describeDevice(meta.userAgent)).slice(0, 120),
        ip: meta.ip,
        expiresAt: new Date(now.getTime() + ttl * 1000),
      },
      select: { id: true, expiresAt: true },
    }),
    db.user.update({ where: { id: user.id }, data: { lastLoginAt: now }, select: { id: true } }),
  ]);
  return { session, userId: user.id };
}

const BROWSERS: [RegExp, string][] = [
  [/Edg\//, "Edge"],
  [/Firefox\//, "Firefox"],
  [/Chrome\//, "Chrome"],
  [/Safari\//, "Safari"],
  [/node|undici/i, "Node.js"],
];
const SYSTEMS: [RegExp, string][] = [
  [/Windows/, "Windows"],
  [/Android/, "Android"],
  [/iPhone|iPad/, "iOS"],
  [/Mac OS X/, "macOS"],
  [/Linux/, "Linux"],
];

/** A short human label for a user agent ("Chrome on Linux"). */
export function describeDevice(userAgent: string): string {
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  return [browser, system].filter(Boolean).join(" on ") || "Unknown device";
}
