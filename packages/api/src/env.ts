import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readDbEnv } from "@soporte/db";
import { z } from "zod";

const duration = (fallback: number, max: number) => z.coerce.number().int().positive().max(max).default(fallback);

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  AUTH_SECRET: z.string().optional(),
  ACCESS_TOKEN_TTL_SECONDS: duration(15 * 60, 30 * 60),
  REFRESH_TOKEN_TTL_SECONDS: duration(7 * 24 * 3600, 90 * 24 * 3600),
  REFRESH_TOKEN_IDLE_SECONDS: duration(3 * 24 * 3600, 90 * 24 * 3600),
  WEB_SESSION_TTL_SECONDS: duration(7 * 24 * 3600, 90 * 24 * 3600),
  WEB_SESSION_IDLE_SECONDS: duration(12 * 3600, 90 * 24 * 3600),
  /** The app's public URL; https makes the browser session cookie `__Host-` and `Secure`. */
  NEXTAUTH_URL: z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }).optional(),
  RATE_LIMIT_LOGIN_PER_ACCOUNT_IP_MINUTE: z.coerce.number().int().positive().default(10),
  RATE_LIMIT_LOGIN_PER_ACCOUNT_HOUR: z.coerce.number().int().positive().default(100),
  RATE_LIMIT_LOGIN_PER_IP_HOUR: z.coerce.number().int().positive().default(500),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type ApiEnv = Omit<z.infer<typeof schema>, "AUTH_SECRET"> & { AUTH_SECRET: string };

const MIN_SECRET_LENGTH = 32;

/**
 * On the embedded database with no AUTH_SECRET, a random secret is generated once and kept in the
 * data folder, so a fresh machine needs no configuration. With PostgreSQL in production a strong
 * secret must be given.
 */
function resolveSecret(given: string | undefined, nodeEnv: string): string {
  if (given) {
    if (given.length < MIN_SECRET_LENGTH) {
      throw new Error(`AUTH_SECRET is too weak: use at least ${MIN_SECRET_LENGTH} random characters (e.g. \`openssl rand -base64 48\`).`);
    }
    return given;
  }
  const db = readDbEnv();
  if (db.databaseUrl && nodeEnv === "production") {
    throw new Error("AUTH_SECRET is required in production with PostgreSQL (at least 32 random characters, e.g. `openssl rand -base64 48`).");
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
