import type { TRPCRouterRecord } from "@trpc/server";
import { hashPassword, verifyPassword } from "../auth/password";
import { checkPasswordPolicy } from "../auth/password-policy";
import { changePasswordRules } from "../auth/limits";
import { consume, refund } from "../auth/rate-limit";
import { diff, unitOfWork } from "../lib/unit-of-work";
import { fieldError } from "../lib/errors";
import { changePasswordSchema, profileSchema } from "../schemas/auth";
import {
  currentUserOutput,
  myPermissionsOutput,
  passwordChangedOutput,
  profileOutput,
} from "../schemas/outputs/accounts";
import { profileSelect } from "../services/profile";
import { revokeSessions } from "../services/sessions";
import { protectedProcedure } from "../trpc";

export const meRouter = {
  /** Read with the session (loadSession), so it costs no query of its own. */
  get: protectedProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/me",
        tags: ["me"],
        summary: "The caller's account",
        description: "Any signed-in user: their profile, with their roles and the permissions those grant.",
        protect: true,
      },
    })
    .output(currentUserOutput)
    .query(({ ctx }) => {
      const { user, profile } = ctx.auth;
      return {
        id: user.id,
        email: user.email,
        username: user.username,
        fullName: user.fullName,
        bio: profile.bio,
        phone: profile.phone,
        locale: user.locale,
        avatarColor: user.avatarColor,
        isSuperuser: user.isSuperuser,
        createdAt: profile.createdAt,
        lastLoginAt: profile.lastLoginAt,
        organization: profile.organization,
        location: profile.location,
        roles: user.roles,
        permissions: user.permissions,
      };
    }),

  update: protectedProcedure
    .meta({
      openapi: {
        method: "PATCH",
        path: "/me",
        tags: ["me"],
        summary: "Edit the caller's profile",
        description:
          "Any signed-in user, on their own profile. Send only the fields to change. Returns the updated profile " +
          "(without roles and permissions: GET /me/permissions has them).",
        protect: true,
      },
    })
    .input(profileSchema)
    .output(profileOutput)
    .mutation(async ({ ctx, input }) => {
      return unitOfWork(ctx, async ({ tx, record }) => {
        const before = await tx.user.findUniqueOrThrow({ where: { id: ctx.auth.user.id }, select: profileSelect });
        const after = await tx.user.update({ where: { id: before.id }, data: input, select: profileSelect });
        const changes = diff(before, input);
        if (Object.keys(changes).length)
          await record({ action: "user.update_profile", entityType: "user", entityId: before.id, changes });
        return after;
      });
    }),

  /** Needs the current password; signs out every other session of the user. */
  changePassword: protectedProcedure
    .meta({
      openapi: {
        method: "PUT",
        path: "/me/password",
        tags: ["me"],
        summary: "Change the caller's password",
        description:
          "Any signed-in user, giving their current password (wrong ones are rate-limited). Every other session of " +
          "the user is signed out; the one making the request stays. Returns how many were ended.",
        protect: true,
      },
    })
    .input(changePasswordSchema)
    .output(passwordChangedOutput)
    .mutation(async ({ ctx, input }) => {
      const user = await ctx.db.user.findUniqueOrThrow({
        where: { id: ctx.auth.user.id },
        select: { id: true, email: true, username: true, passwordHash: true },
      });
      // Counted before the check, given back when the password was right.
      const hit = await consume(ctx.db, changePasswordRules(user.id), "wrong current passwords");
      if (!(await verifyPassword(user.passwordHash, input.currentPassword)))
        throw fieldError("currentPassword", "currentPasswordWrong", "The current password is wrong.");
      await refund(ctx.db, hit);
      if (input.newPassword === input.currentPassword)
        throw fieldError("newPassword", "passwordUnchanged", "Choose a password different from the current one.");
      checkPasswordPolicy(input.newPassword, user, "newPassword");
      const passwordHash = await hashPassword(input.newPassword);
      const revoked = await unitOfWork(ctx, async ({ tx, record }) => {
        await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
        const revoked = await revokeSessions(
          tx,
          { userId: user.id, id: { not: ctx.auth.sessionId } },
          "password changed",
        );
        await record({ action: "user.change_password", entityType: "user", entityId: user.id });
        return revoked.length;
      });
      return { otherSessionsRevoked: revoked };
    }),

  permissions: protectedProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/me/permissions",
        tags: ["me"],
        summary: "The caller's roles and permissions",
        description:
          "Any signed-in user. `permissions` are those the caller's roles grant together; a superuser passes every " +
          "check whatever the list says.",
        protect: true,
      },
    })
    .output(myPermissionsOutput)
    .query(({ ctx }) => ({
      isSuperuser: ctx.auth.user.isSuperuser,
      roles: ctx.auth.user.roles,
      permissions: ctx.auth.user.permissions,
    })),
} satisfies TRPCRouterRecord;
