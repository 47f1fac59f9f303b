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
