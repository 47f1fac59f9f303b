import type { TRPCRouterRecord } from "@trpc/server";
import { protectedProcedure } from "../trpc";

export const meRouter = {
  get: protectedProcedure.query(async ({ ctx }) => {
    const profile = await ctx.db.user.findUniqueOrThrow({
      where: { id: ctx.auth.user.id },
      select: { bio: true, phone: true, createdAt: true, lastLoginAt: true, organization: { select: { id: true, name: true } }, location: { select: { id: true, name: true } } },
    });
    return { ...ctx.auth.user, ...profile };
  }),
  permissions: protectedProcedure.query(({ ctx }) => ({
    isSuperuser: ctx.auth.user.isSuperuser,
    roles: ctx.auth.user.roles,
    permissions: ctx.auth.user.permissions,
  })),
} satisfies TRPCRouterRecord;
