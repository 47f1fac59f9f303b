import type { Db } from "@soporte/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { requestMeta } from "../context";
import { logger } from "../lib/logger";
import { RateLimitedError } from "./rate-limit";
import { SIGN_IN_ERROR } from "./sign-in-errors";
import { signInWithPassword } from "./sign-in";

const credentialsSchema = z.object({ login: z.string().min(1).max(254), password: z.string().min(1).max(128) });

/** The code for a refusal of the user's own (sign-in-errors.ts), or null for any other failure. */
function refusalCode(error: unknown): string | null {
  if (!(error instanceof TRPCError)) return null;
  if (error.code === "UNAUTHORIZED") return SIGN_IN_ERROR.wrongCredentials;
  if (error.code === "FORBIDDEN") return SIGN_IN_ERROR.disabled;
  if (error.cause instanceof RateLimitedError)
    return `${SIGN_IN_ERROR.tooManyAttempts}:${error.cause.retryAfterSeconds}`;
  return null;
}

/**
 * next-auth's credentials `authorize`: the user for the session cookie, null for unusable input.
 * next-auth turns a thrown error's message into the sign-in page's error code (and puts it in a URL),
 * so a refusal is thrown as its code (wrong password, disabled account, too many attempts with the
 * wait); anything else (database down, a bug) is logged with the request id and reported as
 * `SignInUnavailable`.
 */
export async function signInForBrowser(
  db: Db,
  credentials: unknown,
  headers: Headers,
): Promise<{ id: string; sessionId: string } | null> {
  const input = credentialsSchema.safeParse(credentials);
  if (!input.success) return null;
  const meta = requestMeta(headers);
  try {
    const { session, userId } = await signInWithPassword(db, input.data, "web", meta);
    return { id: userId, sessionId: session.id };
  } catch (error) {
    const code = refusalCode(error);
    if (code) throw new Error(code);
    logger.error(
      { err: error, requestId: meta.requestId, clientRequestId: meta.clientRequestId },
      "browser sign-in failed",
    );
    throw new Error(SIGN_IN_ERROR.unavailable);
  }
}
