import type { AppRouter } from "@soporte/api";
import { TRPCClientError } from "@trpc/client";
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import { retryWait } from "./retry-wait";

export type ApiError = TRPCClientError<AppRouter>;

type ErrorsTranslator = ReturnType<typeof useTranslations<"errors">>;

export function isApiError(error: unknown): error is ApiError {
  return error instanceof TRPCClientError;
}

type FieldIssues = Record<string, { reason: string; values: Record<string, string | number> }>;

/**
 * The API's field errors (input validation, or `fieldError()` in a procedure): field → a message in
 * the page's language, worded from the field's reason (`errors.fields`), else the server's own words.
 */
export function apiFieldErrors(error: unknown, t: ErrorsTranslator): Record<string, string> {
  if (!isApiError(error)) return {};
  const fieldErrors: Partial<Record<string, string[]>> = error.data?.zodError?.fieldErrors ?? {};
  const issues: FieldIssues = error.data?.fieldIssues ?? {};
  const result: Record<string, string> = {};
  for (const [field, messages] of Object.entries(fieldErrors)) {
    const issue = issues[field];
    const key = `fields.${issue?.reason}` as Parameters<ErrorsTranslator>[0];
    const first = issue && t.has(key) ? t(key, issue.values) : messages?.[0];
    if (first) result[field] = first;
  }
  return result;
}

/**
 * The server's own words (English): a validation error's first issue (its message is the list of
 * issues as JSON), else the error's message.
 */
function serverMessage(error: ApiError, t: ErrorsTranslator): string {
  const zodError = error.data?.zodError;
  const firstIssue = zodError?.formErrors[0] ?? Object.values(apiFieldErrors(error, t))[0];
  return firstIssue ?? (error.message || t("failed"));
}

/** A message in the page's language, chosen by the error's code (the server writes English). */
function messageByCode(error: ApiError, t: ErrorsTranslator): string {
  const data = error.data;
  if (!data) return t("network"); // no answer from the server: fetch failed
  if (data.zodError?.formErrors.length) return t("invalid");
  const fieldMessage = Object.values(apiFieldErrors(error, t))[0];
  if (fieldMessage) return fieldMessage;
  switch (data.code) {
    case "BAD_REQUEST":
    case "PARSE_ERROR":
    case "UNPROCESSABLE_CONTENT":
      return t("badRequest");
    case "UNAUTHORIZED":
      return t("unauthorized");
    case "FORBIDDEN":
      return t("forbidden");
    case "NOT_FOUND":
      return t("notFound");
    case "CONFLICT":
      return t("conflict");
    case "PRECONDITION_FAILED":
      return t("preconditionFailed");
    case "TOO_MANY_REQUESTS": {
      if (!data.retryAfterSeconds) return t("tooManyRequests");
      const { unit, count } = retryWait(data.retryAfterSeconds);
      return unit === "seconds" ? t("tooManyRequestsSeconds", { count }) : t("tooManyRequestsMinutes", { count });
    }
    case "PAYLOAD_TOO_LARGE":
      return t("payloadTooLarge");
    case "TIMEOUT":
      return t("timeout");
    case "INTERNAL_SERVER_ERROR":
      return data.requestId ? t("internalWithId", { requestId: data.requestId }) : t("internal");
    default:
      return t("failed");
  }
}

/**
 * A message fit to show a person, whatever was thrown. In English, the server's own message (it
 * writes English); in another language, a field's error (`apiFieldErrors`), else a message chosen by
 * the error's code.
 */
function describe(error: unknown, t: ErrorsTranslator, serverWords: boolean): string {
  if (!isApiError(error)) return t("network");
  return serverWords ? serverMessage(error, t) : messageByCode(error, t);
}

/**
 * The API error helpers in the page's language (`errors` catalogue):
 *
 * ```tsx
 * const { describeApiError, showApiError } = useApiErrors();
 * toast.error(describeApiError(error));
 * ```
 *
 * - `describeApiError(error)`: a message fit to show a person, whatever was thrown.
 * - `showApiError(error, setError, fields)`: field errors next to the matching form fields (the first
 *   one gets focus), anything else as a toast.
 */
export function useApiErrors() {
  const t = useTranslations("errors");
  const locale = useLocale();
  return useMemo(() => {
    const describeApiError = (error: unknown) => describe(error, t, locale === "en");
    function showApiError<T extends FieldValues>(
      error: unknown,
      setError: UseFormSetError<T>,
      fields: readonly Path<T>[],
    ): void {
      const byField = apiFieldErrors(error, t);
      let placed = 0;
      for (const field of fields) {
        const message = byField[field];
        if (!message) continue;
        setError(field, { type: "server", message }, { shouldFocus: placed === 0 });
        placed += 1;
      }
      if (placed === 0) toast.error(describeApiError(error));
    }
    return { describeApiError, showApiError };
  }, [t, locale]);
}
