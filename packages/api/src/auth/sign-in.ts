import { createHmac } from "node:crypto";
import type { Db, SessionKind } from "@soporte/db";
import { TRPCError } from "@trpc/server";
import type { RequestMeta } from "../context";
import { apiEnv } from "../env";
import { unitOfWork } from "../lib/unit-of-work";
import { timingSafeDummyVerify, verifyPassword } from "./password";
import { signInRules } from "./limits";
import { consume, refund } from "./rate-limit";

export type SignInInput = { login: string; password: string; device?: string | undefined };

export const INVALID_CREDENTIALS = "Wrong email/username or password.";
const DISABLED = "This account is disabled. Ask an administrator to enable it.";

// An unknown login is limited like an account, so the limits do not tell which accounts exist. Its
// key is a keyed hash: a mistyped login can be a password.
function unknownLoginKey(login: string): string {
  return `unknown-${createHmac("sha256", apiEnv().AUTH_SECRET).update(login).digest("base64url").slice(0, 22)}`;
}

/**
 * Checks a password login and opens a new session (one row in Session) for it. Shared by the
 * browser (next-auth) and `auth.login`, so both count against the same limits and write the same
 * audit rows: `auth.sign_in` (on the session) and `auth.sign_in_failed` (on the account, if the login
 * named one; the login typed is never stored, it may be a password). Attempts refused by a rate limit
 * are not audited: they would let an attacker fill the table.
 */
export async function signInWithPassword(db: Db, input: SignInInput, kind: SessionKind, meta: RequestMeta) {
  const ctx = { db, auth: null, meta };
  const login = input.login.trim().toLowerCase();
  const user = await db.user.findFirst({
    where: login.includes("@") ? { email: login } : { username: login },
    select: { id: true, passwordHash: true, active: true },
  });
  // Counted before the password is checked: concurrent guesses cannot all pass a check made before any was counted.
  const hit = await consume(db, signInRules(user?.id ?? unknownLoginKey(login), meta.ip), "failed sign-in attempts");

  const valid = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await timingSafeDummyVerify(input.password);
  const auditFailure = (reason: string) =>
    unitOfWork(ctx, ({ record }) =>
      record({
        actorId: user?.id ?? null,
        action: "auth.sign_in_failed",
        entityType: "user",
        entityId: user?.id ?? "",
        event: { reason, kind },
      }),
    );
  if (!user || !valid) {
    await auditFailure(user ? "wrong_password" : "unknown_account");
    throw new TRPCError({ code: "UNAUTHORIZED", message: INVALID_CREDENTIALS });
  }
  // The right password is not a guess: it must not use up the limits of a user who signs in often.
  await refund(db, hit);
  if (!user.active) {
    await auditFailure("account_disabled");
    throw new TRPCError({ code: "FORBIDDEN", message: DISABLED });
  }

  const env = apiEnv();
  const ttl = kind === "web" ? env.WEB_SESSION_TTL_SECONDS : env.REFRESH_TOKEN_TTL_SECONDS;
  const now = new Date();
  const session = await unitOfWork(ctx, async ({ tx, record }) => {
    const session = await tx.session.create({
      data: {
        userId: user.id,
        kind,
        userAgent: meta.userAgent.slice(0, 512),
        device: (input.device || describeDevice(meta.userAgent)).slice(0, 120),
        ip: meta.ip,
        expiresAt: new Date(now.getTime() + ttl * 1000),
      },
      select: { id: true, expiresAt: true },
    });
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now }, select: { id: true } });
    await record({
      actorId: user.id,
      action: "auth.sign_in",
      entityType: "session",
      entityId: session.id,
      changes: { kind: { before: null, after: kind } },
    });
    return session;
  });
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
