import { createHash, randomBytes } from "node:crypto";
import { createSigner, createVerifier } from "fast-jwt";
import { apiEnv } from "../env";

const ISSUER = "soporte";
const AUDIENCE = "soporte-api";

type Jwt = {
  secret: string;
  sign: (payload: Record<string, unknown>) => string;
  verify: (token: string) => Record<string, unknown>;
};
let jwt: Jwt | undefined;

/**
 * HS256 with node:crypto, synchronously: verifying through WebCrypto (jose) hopped to the thread pool
 * and cost a tenth of an authenticated API request's CPU. Built once per secret.
 */
function accessJwt(): Jwt {
  const secret = apiEnv().AUTH_SECRET;
  if (jwt?.secret !== secret) {
    jwt = {
      secret,
      sign: createSigner({ key: secret, algorithm: "HS256" }),
      verify: createVerifier({
        key: secret,
        algorithms: ["HS256"],
        allowedIss: ISSUER,
        allowedAud: AUDIENCE,
        requiredClaims: ["exp", "sub", "sid", "typ"],
      }),
    };
  }
  return jwt;
}

export type AccessClaims = { userId: string; sessionId: string };

export async function signAccessToken(
  claims: AccessClaims,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const expiresAt = new Date(now.getTime() + apiEnv().ACCESS_TOKEN_TTL_SECONDS * 1000);
  const token = accessJwt().sign({
    sid: claims.sessionId,
    typ: "access",
    sub: claims.userId,
    iss: ISSUER,
    aud: AUDIENCE,
    iat: Math.floor(now.getTime() / 1000),
    exp: Math.floor(expiresAt.getTime() / 1000),
  });
  return { token, expiresAt };
}

/** Returns the claims of a valid access token, or null for anything else (forged, expired, other type). */
export async function verifyAccessToken(token: string): Promise<AccessClaims | null> {
  try {
    const payload = accessJwt().verify(token);
    if (payload.typ !== "access" || typeof payload.sid !== "string" || typeof payload.sub !== "string") return null;
    return { userId: payload.sub, sessionId: payload.sid };
  } catch {
    return null;
  }
}

/** Opaque refresh tokens: 256 random bits; the database keeps only their SHA-256. */
export function newRefreshToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashRefreshToken(token) };
}

export function hashRefreshToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
