import type { Db } from "@soporte/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { requestMeta } from "../context";
import { logger } from "../lib/logger";
import { SIGN_IN_UNAVAILABLE } from "./sign-in-errors";
import { signInWithPassword } from "./sign-in";

const credentialsSchema = z.object({ login: z.string().min(1).max(254), password: z.string().min(1).max(128) });

/**
 * next-auth's credentials `authorize`: the user for the session cookie, null for unusable input.
 * next-auth turns a thrown error's message into the sign-in page's error code (and puts it in a URL),
 * so only the user's own errors keep their message; anything else (database down, a bug) is logged
 * with the request id and reported as SIGN_IN_UNAVAILABLE.
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
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") throw new Error(error.message);
    logger.error(
      { err: error, requestId: meta.requestId, clientRequestId: meta.clientRequestId },
      "browser sign-in failed",
    );
    throw new Error(SIGN_IN_UNAVAILABLE);
  }
}
