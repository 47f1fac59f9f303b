import "server-only";
import { createCaller, createInnerContext, logger, type AuthSession } from "@soporte/api";
import { TRPCError } from "@trpc/server";
import { db } from "./db";

/** The API called in-process as the signed-in user (same procedures and checks as over HTTP). */
export function apiCaller(auth: AuthSession) {
  return createCaller(createInnerContext({ db: db(), auth }));
}

/** The procedure's result, or null when it answers NOT_FOUND (or the id is malformed). */
export async function orNotFound<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) return null;
    throw error;
  }
}

/**
 * The procedure's result, or null when it fails (logged): for a part of a page that says it could not
 * load instead of failing the whole page.
 */
export async function orFailed<T>(call: Promise<T>, path: string): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    logger.error({ err: error, path }, "A page's API call failed");
    return null;
  }
}
