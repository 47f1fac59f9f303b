import type { AppRouter } from "@soporte/api";
import { TRPCClientError } from "@trpc/client";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { toast } from "@/components/ui/sonner";

export type ApiError = TRPCClientError<AppRouter>;

export function isApiError(error: unknown): error is ApiError {
  return error instanceof TRPCClientError;
}

/** The API's field errors (input validation, or `fieldError()` in a procedure): field → first message. */
export function apiFieldErrors(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const fieldErrors: Partial<Record<string, string[]>> = error.data?.zodError?.fieldErrors ?? {};
  const result: Record<string, string> = {};
  for (const [field, messages] of Object.entries(fieldErrors)) {
    const first = messages?.[0];
    if (first) result[field] = first;
  }
  return result;
}

/**
 * A message fit to show a person, whatever was thrown. (A validation error's own message is the list of
 * issues as JSON, so its first issue is shown instead.)
 */
export function describeApiError(error: unknown): string {
  if (!isApiError(error)) return "Could not reach the server. Check your connection and try again.";
  const zodError = error.data?.zodError;
  const firstIssue = zodError?.formErrors[0] ?? Object.values(apiFieldErrors(error))[0];
  return firstIssue ?? (error.message || "The request failed. Try again.");
}

/**
 * Shows an API error where it belongs: field errors next to the matching form fields (the first one
 * gets focus), anything else as a toast.
 */
export function showApiError<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): void {
  const byField = apiFieldErrors(error);
  let placed = 0;
  for (const field of fields) {
    const message = byField[field];
    if (!message) continue;
    setError(field, { type: "server", message }, { shouldFocus: placed === 0 });
    placed += 1;
  }
  if (placed === 0) toast.error(describeApiError(error));
}
