import type { TRPCRouterRecord } from "@trpc/server";
import { TRPCError } from "@trpc/server";
import { issueTokens, refreshSession } from "../auth/api-session";
import { hashPassword } from "../auth/password";
import { checkPasswordPolicy } from "../auth/password-policy";
import { registerRules } from "../auth/limits";
import { consume } from "../auth/rate-limit";
import { signInWithPassword } from "../auth/sign-in";
import { unitOfWork } from "../lib/unit-of-work";
import { fieldError } from "../lib/errors";
import { loginSchema, refreshSchema, registerSchema } from "../schemas/auth";
import { endSession, revokeSessions, sessionsEnded } from "../services/sessions";
import { isRegistrationOpen } from "../services/settings";
import { profileSelect } from "../services/profile";
import { loginResultOutput, profileOutput, revokedOutput, tokenPairOutput } from "../schemas/outputs/accounts";
import { protectedProcedure, publicProcedure } from "../trpc";

export const authRouter = {
  register: publicProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/auth/register",
        tags: ["auth"],
        summary: "Create an account",
        description:
          "Anyone may call it while self-registration is open (403 otherwise). The account gets the requester role. " +
          "It does not sign in: call POST /auth/login next. A taken email or username is a 409. Rate-limited per network.",
        protect: false,
      },
    })
    .input(registerSchema)
    .output(profileOutput)
    .mutation(async ({ ctx, input }) => {
      // Every attempt counts, taken emails too: the CONFLICT answer tells whether an address has an account.
      await consume(ctx.db, registerRules(ctx.meta.ip), "registrations from your network");
      if (!(await isRegistrationOpen(ctx.db))) {
        throw new TRPCError({
          code: "FORBIDDEN",
          message: "Self-registration is turned off. Ask an administrator for an account.",
        });
      }
      checkPasswordPolicy(input.password, input);
      const taken = await ctx.db.user.findFirst({
        where: { OR: [{ email: input.email }, { username: input.username }] },
        select: { email: true },
      });
      if (taken) {
        throw taken.email === input.email
          ? fieldError("email", "emailTaken", "An account with this email already exists.", { code: "CONFLICT" })
          : fieldError("username", "usernameTaken", "This username is taken.", { code: "CONFLICT" });
      }
      const passwordHash = await hashPassword(input.password);
      return unitOfWork(ctx, async ({ tx, record }) => {
        // Self-registration only ever grants the requester role.
        const requester = await tx.role.findUniqueOrThrow({ where: { name: "requester" }, select: { id: true } });
        const user = await tx.user.create({
          data: {
            email: input.email,
            username: input.username,
            fullName: input.fullName,
            locale: input.locale,
            passwordHash,
            roles: { create: { roleId: requester.id } },
          },
          select: profileSelect,
        });
        await record({
          actorId: user.id,
          action: "user.register",
          entityType: "user",
          entityId: user.id,
          changes: { email: { before: null, after: user.email }, username: { before: null, after: user.username } },
        });
        return user;
      });
    }),

  login: publicProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/auth/login",
        tags: ["auth"],
        summary: "Sign in and get a token pair",
        description:
          "Anyone may call it. `login` is an email or a username; `device` labels the session in GET /sessions. " +
          "Send `Authorization: Bearer <accessToken>` on every other call; before `accessTokenExpiresAt`, " +
          "exchange the refresh token at POST /auth/refresh. Failed attempts are rate-limited (429).",
        protect: false,
      },
    })
    .input(loginSchema)
    .output(loginResultOutput)
    .mutation(async ({ ctx, input }) => {
      const { session, userId } = await signInWithPassword(ctx.db, input, "api", ctx.meta);
      const tokens = await issueTokens(ctx.db, { id: session.id, userId });
      const user = await ctx.db.user.findUniqueOrThrow({ where: { id: userId }, select: profileSelect });
      return { ...tokens, user };
    }),

  refresh: publicProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/auth/refresh",
        tags: ["auth"],
        summary: "Exchange a refresh token for a new token pair",
        description:
          "Anyone holding a refresh token may call it. Returns the same token pair as POST /auth/login (without the user). " +
          "It rotates the refresh token: the one presented is spent, keep the new one. Presenting a spent refresh token " +
          "again ends the whole session (401): sign in again.",
        protect: false,
      },
    })
    .input(refreshSchema)
    .output(tokenPairOutput)
    .mutation(({ ctx, input }) => refreshSession(ctx, input.refreshToken)),

  logout: protectedProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/auth/logout",
        tags: ["auth"],
        summary: "Sign out this session",
        description:
          "Any signed-in user. Ends the session of the access token sent: its access and refresh tokens stop working. " +
          "`revoked` is 1, or 0 when the session had already ended.",
        protect: true,
      },
    })
    .output(revokedOutput)
    .mutation(async ({ ctx }) => ({ revoked: await endSession(ctx, ctx.auth.sessionId) })),

  /** Ends every session of the caller, this one included. */
  logoutAll: protectedProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/auth/logout-all",
        tags: ["auth"],
        summary: "Sign out every session",
        description:
          "Any signed-in user. Ends every session of the caller, browser sign-ins and this one included. " +
          "`revoked` is how many were ended.",
        protect: true,
      },
    })
    .output(revokedOutput)
    .mutation(async ({ ctx }) => {
      return unitOfWork(ctx, async ({ tx, record }) => {
        const ended = await revokeSessions(tx, { userId: ctx.auth.user.id }, "signed out everywhere");
        await record(sessionsEnded("session.logout_all", ctx.auth.user.id, ended));
        return { revoked: ended.length };
      });
    }),
} satisfies TRPCRouterRecord;
