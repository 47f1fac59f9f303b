import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import type { OpenApiMeta } from "trpc-to-openapi";
import { z, ZodError } from "zod";
import type { Context } from "./context";
import { apiEnv } from "./env";
import { fieldIssues, INTERNAL_ERROR_MESSAGE } from "./lib/errors";
import { logger } from "./lib/logger";
import { RateLimitedError } from "./auth/rate-limit";
import { hasPermission } from "./auth/session-user";
import type { Permission } from "./permissions";

// `meta.openapi` exposes a procedure on REST as well (docs/api.md).
const t = initTRPC
  .context<Context>()
  .meta<OpenApiMeta>()
  .create({
    transformer: superjson,
    // Subscriptions (SSE): a ping every 10 s keeps proxies from closing a quiet stream, and a client that
    // hears nothing for 25 s reconnects; a stream ends after 30 min and the client resumes from its last
    // event id, so no connection outlives a deploy or a proxy's limit by much.
    sse: {
      ping: { enabled: true, intervalMs: 10_000 },
      client: { reconnectAfterInactivityMs: 25_000 },
      maxDurationMs: 30 * 60_000,
    },
    errorFormatter({ shape, error, ctx }) {
      const production = apiEnv().NODE_ENV === "production";
      const internal = error.code === "INTERNAL_SERVER_ERROR";
      const zod = error.cause instanceof ZodError ? error.cause : null;
      return {
        ...shape,
        message: internal && production ? INTERNAL_ERROR_MESSAGE : shape.message,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          requestId: ctx?.meta.requestId ?? null,
          zodError: zod && z.flattenError(zod),
          // Each field's reason (and values) for clients that word the error in their own language.
          fieldIssues: zod && fieldIssues(zod),
          retryAfterSeconds: error.cause instanceof RateLimitedError ? error.cause.retryAfterSeconds : null,
          ...(production ? {} : { stack: shape.data.stack }),
        },
      };
    },
  });

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

const logged = t.middleware(async ({ ctx, path, type, next }) => {
  const started = performance.now();
  const result = await next();
  const ms = Math.round(performance.now() - started);
  const fields = {
    requestId: ctx.meta.requestId,
    clientRequestId: ctx.meta.clientRequestId,
    path,
    type,
    ms,
    userId: ctx.auth?.user.id,
  };
  if (!result.ok && result.error.code === "INTERNAL_SERVER_ERROR")
    logger.error({ ...fields, err: result.error.cause ?? result.error }, "procedure failed");
  else logger.debug({ ...fields, ok: result.ok }, "procedure");
  return result;
});

/** Anyone, signed in or not. */
export const publicProcedure = t.procedure.use(logged);

/** A signed-in user with a live session. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.auth) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
  return next({ ctx: { ...ctx, auth: ctx.auth } });
});

/** A signed-in user holding one of `permissions` through a role, or a superuser. */
export function permissionProcedure(...permissions: [Permission, ...Permission[]]) {
  return protectedProcedure.use(({ ctx, next }) => {
    if (!permissions.some((permission) => hasPermission(ctx.auth.user, permission))) {
      const names = permissions.map((p) => `"${p}"`).join(" or ");
      throw new TRPCError({ code: "FORBIDDEN", message: `You need the ${names} permission to do this.` });
    }
    return next();
  });
}
