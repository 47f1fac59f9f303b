import { TRPCError } from "@trpc/server";
import { z } from "zod";
import type { FieldErrorKind, FieldErrorReason } from "../constants";

type FieldErrorValues = { kind?: FieldErrorKind; maximum?: number; permissions?: string };

/**
 * A BAD_REQUEST (or CONFLICT) that carries field errors in the same shape as input validation,
 * for rules checked after parsing (password policy, uniqueness), with the reason a client translates.
 */
export function fieldError(
  field: string,
  reason: FieldErrorReason,
  message: string,
  { code = "BAD_REQUEST", ...values }: FieldErrorValues & { code?: "BAD_REQUEST" | "CONFLICT" } = {},
): TRPCError {
  const params = { reason, ...values };
  const cause = new z.ZodRealError([{ code: "custom", path: [field], message, input: undefined, params }]);
  return new TRPCError({ code, message, cause });
}

/** A refused field's first issue, for clients to word in their own language. */
export type FieldIssue = { reason: string; values: Record<string, string | number> };

/**
 * Each refused field's first issue as a reason and its values: a `fieldError`'s own reason, else the
 * kind of validation issue (`tooShort` with `minimum`, `tooLong` with `maximum`, `invalidEmail`, …).
 */
export function fieldIssues(error: z.ZodError): Record<string, FieldIssue> {
  const result: Record<string, FieldIssue> = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (field === undefined || String(field) in result) continue;
    result[String(field)] = describeIssue(issue);
  }
  return result;
}

function describeIssue(issue: z.core.$ZodIssue): FieldIssue {
  const many = (origin: string) => origin === "array" || origin === "set";
  switch (issue.code) {
    case "custom": {
      const { reason, ...values } = (issue.params ?? {}) as Record<string, string | number>;
      return typeof reason === "string" ? { reason, values } : { reason: "invalid", values: {} };
    }
    case "too_small":
      return {
        reason: issue.origin === "string" ? "tooShort" : many(issue.origin) ? "tooFew" : "tooSmall",
        values: { minimum: Number(issue.minimum) },
      };
    case "too_big":
      return {
        reason: issue.origin === "string" ? "tooLong" : many(issue.origin) ? "tooMany" : "tooLarge",
        values: { maximum: Number(issue.maximum) },
      };
    case "invalid_format":
      return { reason: issue.format === "email" ? "invalidEmail" : "invalid", values: {} };
    default:
      return { reason: "invalid", values: {} };
  }
}

/** What a client is told of an unexpected error in production: nothing of its internals. */
export const INTERNAL_ERROR_MESSAGE = "Something went wrong on our side. Quote the request id if you report it.";
