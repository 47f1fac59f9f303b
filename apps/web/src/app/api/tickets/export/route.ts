import { createRequestContext, logger, RateLimitedError, startTicketExport } from "@soporte/api";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { browserSessionIdOf } from "@/server/browser-session";
import { db } from "@/server/db";

/**
 * The ticket list as CSV, with `tickets.list`'s filters as query parameters. Authenticated like
 * `/api/trpc`: a bearer token, else the browser's session cookie. Streamed page by page.
 */
export async function GET(request: NextRequest) {
  const headers = request.headers;
  const ctx = await createRequestContext({
    db: db(),
    headers,
    browserSessionId: headers.has("authorization") ? null : await browserSessionIdOf(headers),
  });
  let started: Awaited<ReturnType<typeof startTicketExport>>;
  try {
    started = await startTicketExport(ctx, request.nextUrl.searchParams);
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return errorResponse(error, ctx.meta.requestId);
  }

  const encoder = new TextEncoder();
  const chunks = started.chunks[Symbol.asyncIterator]();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        logger.error({ err: error, requestId: ctx.meta.requestId }, "ticket export failed");
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return?.(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${started.fileName}"`,
      "cache-control": "no-store",
      "x-request-id": ctx.meta.requestId,
    },
  });
}

/** tRPC's error as JSON with its HTTP status: field errors for a bad filter, Retry-After for a rate limit. */
function errorResponse(error: TRPCError, requestId: string) {
  const retryAfter = error.cause instanceof RateLimitedError ? error.cause.retryAfterSeconds : null;
  const fieldErrors = error.cause instanceof z.ZodError ? z.flattenError(error.cause).fieldErrors : undefined;
  return Response.json(
    { error: { code: error.code, message: error.message, ...(fieldErrors ? { fieldErrors } : {}), requestId } },
    {
      status: getHTTPStatusCodeFromError(error),
      headers: {
        "cache-control": "no-store",
        "x-request-id": requestId,
        ...(retryAfter ? { "retry-after": String(retryAfter) } : {}),
      },
    },
  );
}
