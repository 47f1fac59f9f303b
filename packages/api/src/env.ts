import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readDbEnv } from "@soporte/db";
import { z } from "zod";

const duration = (fallback: number, max: number) => z.coerce.number().int().positive().max(max).default(fallback);
const limit = (fallback: number) => z.coerce.number().int().positive().max(1_000_000).default(fallback);

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  AUTH_SECRET: z.string().optional(),
  ACCESS_TOKEN_TTL_SECONDS: duration(15 * 60, 30 * 60),
  REFRESH_TOKEN_TTL_SECONDS: duration(7 * 24 * 3600, 90 * 24 * 3600),
  REFRESH_TOKEN_IDLE_SECONDS: duration(3 * 24 * 3600, 90 * 24 * 3600),
  WEB_SESSION_TTL_SECONDS: duration(7 * 24 * 3600, 90 * 24 * 3600),
  WEB_SESSION_IDLE_SECONDS: duration(12 * 3600, 90 * 24 * 3600),
  // How many proxies of ours append to X-Forwarded-For; 0 = the app faces clients directly.
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  // A header carrying the socket address, set by a server of ours that first removes any copy the
  // client sent ("" = none). Next route handlers have no socket; this is how they learn it.
  CLIENT_IP_HEADER: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9-]{0,64}$/, "a header name (letters, digits, dashes)")
    .default(""),
  RATE_LIMIT_LOGIN_PER_ACCOUNT_IP_MINUTE: limit(10),
  RATE_LIMIT_LOGIN_PER_ACCOUNT_15MIN: limit(25),
  RATE_LIMIT_LOGIN_PER_IP_HOUR: limit(500),
  RATE_LIMIT_REGISTER_PER_IP_HOUR: limit(10),
  RATE_LIMIT_CHANGE_PASSWORD_PER_USER_15MIN: limit(5),
  RATE_LIMIT_TICKET_EXPORT_PER_USER_HOUR: limit(30),
  RATE_LIMIT_MESSAGES_PER_USER_MINUTE: limit(30),
  RATE_LIMIT_BROADCASTS_PER_USER_MINUTE: limit(1),
  RATE_LIMIT_LOGIN_PER_ACCOUNT_HOUR: z
    .undefined({
      error: "renamed to RATE_LIMIT_LOGIN_PER_ACCOUNT_15MIN: the account-wide lock now lasts at most 15 minutes",
    })
    .optional(),
  // Domain events are kept this long: a live client that reconnects later than that reloads instead.
  EVENT_RETENTION_HOURS: duration(24, 24 * 30),
  // How often an open event stream checks that its session is still valid (a revoked one ends).
  STREAM_SESSION_CHECK_SECONDS: duration(5, 300),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type ApiEnv = Omit<z.infer<typeof schema>, "AUTH_SECRET" | "RATE_LIMIT_LOGIN_PER_ACCOUNT_HOUR"> & {
  AUTH_SECRET: string;
};

const MIN_SECRET_LENGTH = 32;

/**
 * On the embedded database with no AUTH_SECRET, a random secret is generated once and kept in the
 * data folder, so a fresh machine needs no configuration. With PostgreSQL in production a strong
 * secret must be given.
 */
function resolveSecret(given: string | undefined, nodeEnv: string): string {
  if (given) {
    if (given.length < MIN_SECRET_LENGTH) {
      throw new Error(
        `AUTH_SECRET is too weak: use at least ${MIN_SECRET_LENGTH} random characters (e.g. \`openssl rand -base64 48\`).`,
      );
    }
    return given;
  }
  const db = readDbEnv();
  if (db.databaseUrl && nodeEnv === "production") {
    throw new Error(
      "AUTH_SECRET is required in production with PostgreSQL (at least 32 random characters, e.g. `openssl rand -base64 48`).",
    );
  }
  const file = path.join(path.dirname(db.pgliteDir), "auth-secret");
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(48).toString("base64url");
    writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
    return secret;
  }
}

let cached: ApiEnv | undefined;

export function apiEnv(): ApiEnv {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  cached = { ...parsed.data, AUTH_SECRET: resolveSecret(parsed.data.AUTH_SECRET, parsed.data.NODE_ENV) };
  return cached;
}
