import { apiEnv } from "../env";
import type { LimitRule } from "./rate-limit";

// What is rate-limited and how much, in one place. An empty `ip` means the client's address is
// unknown (see requestMeta): rules keyed by the IP alone are then left out, because one shared bucket
// would let anyone lock everybody out.

/**
 * Sign-in attempts, per account+IP, per account and per IP. The account-wide lock is soft: its
 * window is 15 minutes, so nobody can keep a victim locked out longer than that after stopping.
 */
export function signInRules(account: string, ip: string): LimitRule[] {
  const env = apiEnv();
  return [
    {
      key: `login:account-ip:${account}:${ip || "unknown"}`,
      limit: env.RATE_LIMIT_LOGIN_PER_ACCOUNT_IP_MINUTE,
      windowSeconds: 60,
    },
    { key: `login:account:${account}`, limit: env.RATE_LIMIT_LOGIN_PER_ACCOUNT_15MIN, windowSeconds: 15 * 60 },
    ...(ip ? [{ key: `login:ip:${ip}`, limit: env.RATE_LIMIT_LOGIN_PER_IP_HOUR, windowSeconds: 3600 }] : []),
  ];
}

/** Self-registrations per IP. */
export function registerRules(ip: string): LimitRule[] {
  return ip ? [{ key: `register:ip:${ip}`, limit: apiEnv().RATE_LIMIT_REGISTER_PER_IP_HOUR, windowSeconds: 3600 }] : [];
}

/** Wrong current passwords when changing one's password (someone at an unlocked screen guessing). */
export function changePasswordRules(userId: string): LimitRule[] {
  return [
    {
      key: `change-password:user:${userId}`,
      limit: apiEnv().RATE_LIMIT_CHANGE_PASSWORD_PER_USER_15MIN,
      windowSeconds: 15 * 60,
    },
  ];
}

/** CSV exports of the ticket list per user: each one reads up to EXPORT_MAX_ROWS tickets. */
export function ticketExportRules(userId: string): LimitRule[] {
  return [
    {
      key: `ticket-export:user:${userId}`,
      limit: apiEnv().RATE_LIMIT_TICKET_EXPORT_PER_USER_HOUR,
      windowSeconds: 3600,
    },
  ];
}

/** Messages per user, direct or broadcast (a broadcast also counts against its own, tighter limit). */
export function messageRules(userId: string, broadcast = false): LimitRule[] {
  const perMinute = {
    key: `messages:user:${userId}`,
    limit: apiEnv().RATE_LIMIT_MESSAGES_PER_USER_MINUTE,
    windowSeconds: 60,
  };
  if (!broadcast) return [perMinute];
  return [
    perMinute,
    { key: `broadcasts:user:${userId}`, limit: apiEnv().RATE_LIMIT_BROADCASTS_PER_USER_MINUTE, windowSeconds: 60 },
  ];
}
