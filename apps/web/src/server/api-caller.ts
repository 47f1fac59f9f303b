import "server-only";
import { createCaller, createInnerContext, type AuthSession } from "@soporte/api";
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
