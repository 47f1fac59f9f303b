import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  NEXTAUTH_URL: z
    .url({ protocol: /^https?$/, error: "NEXTAUTH_URL must be the app's public http:// or https:// URL" })
    .optional(),
});

export type WebEnv = {
  port: number;
  /** The app's public origin (scheme, host, port), from NEXTAUTH_URL: the only origin allowed to send cookie-authenticated mutations. */
  publicOrigin: string;
  /** Served over https: browsers are told to keep using it (HSTS). */
  https: boolean;
  development: boolean;
};

let cached: WebEnv | undefined;

/** The web app's own configuration (the API's is `apiEnv()` in @soporte/api). */
export function webEnv(): WebEnv {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  const url = new URL(parsed.data.NEXTAUTH_URL ?? `http://localhost:${parsed.data.PORT}`);
  cached = {
    port: parsed.data.PORT,
    publicOrigin: url.origin,
    https: url.protocol === "https:",
    development: parsed.data.NODE_ENV === "development",
  };
  return cached;
}
