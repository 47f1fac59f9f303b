import { createHash, randomBytes, webcrypto } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";
import { apiEnv } from "../env";

const ISSUER = "soporte";
const AUDIENCE = "soporte-api";
const ALGORITHM = "HS256";

let signingKey: { secret: string; key: Promise<webcrypto.CryptoKey> } | undefined;

/** The HMAC key, imported once: importing it for every request cost more than verifying the token. */
function key(): Promise<webcrypto.CryptoKey> {
  const secret = apiEnv().AUTH_SECRET;
  if (signingKey?.secret !== secret) {
    const raw = new TextEncoder().encode(secret);
    signingKey = { secret, key: webcrypto.subtle.importKey("raw", raw, { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]) };
  }
  return signingKey.key;
}

export type AccessClaims = { userId: string; sessionId: string };

export async function signAccessToken(claims: AccessClaims, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const expiresAt = new Date(now.getTime() + apiEnv().ACCESS_TOKEN_TTL_SECONDS * 1000);
  const token = await new SignJWT({ sid: claims.sessionId, typ: "access" })
    .setProtectedHeader({ alg: ALGORITHM, typ: "JWT" })
    .setSubject(claims.userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(await key());
  return { token, expiresAt };
}

/** Returns the claims of a valid access token, or null for anything else (forged, expired, other type). */
export async function verifyAccessToken(token: string): Promise<AccessClaims | null> {
  try {
    const { payload } = await jwtVerify(token, await key(), { algorithms: [ALGORITHM], issuer: ISSUER, audience: AUDIENCE });
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
