import { TRPCError } from "@trpc/server";
import { z } from "zod";

/**
 * A BAD_REQUEST (or CONFLICT) that carries field errors in the same shape as input validation,
 * for rules checked after parsing (password policy, uniqueness).
 */
export function fieldError(
  field: string,
  message: string,
  code: "BAD_REQUEST" | "CONFLICT" = "BAD_REQUEST",
): TRPCError {
  const cause = new z.ZodRealError([{ code: "custom", path: [field], message, input: undefined }]);
  return new TRPCError({ code, message, cause });
}

/** What a client is told of an unexpected error in production: nothing of its internals. */
export const INTERNAL_ERROR_MESSAGE = "Something went wrong on our side. Quote the request id if you report it.";
