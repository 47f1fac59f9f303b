import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { unitOfWork } from "../lib/unit-of-work";
import { isRegistrationOpen, REGISTRATION_SETTING } from "../services/settings";
import { permissionProcedure, publicProcedure } from "../trpc";

export const settingsRouter = {
  /** Public: the sign-in page needs to know whether to offer registration. */
  get: publicProcedure.query(async ({ ctx }) => ({ registrationEnabled: await isRegistrationOpen(ctx.db) })),

  update: permissionProcedure("settings.manage")
    .input(z.object({ registrationEnabled: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      return unitOfWork(ctx, async ({ tx, record }) => {
        const before = await isRegistrationOpen(tx);
        await tx.setting.upsert({
          where: { key: REGISTRATION_SETTING },
          create: { key: REGISTRATION_SETTING, value: input.registrationEnabled },
          update: { value: input.registrationEnabled },
        });
        if (before !== input.registrationEnabled) {
          await record({
            action: "settings.update",
            entityType: "setting",
            entityId: REGISTRATION_SETTING,
            changes: { registrationEnabled: { before, after: input.registrationEnabled } },
          });
        }
        return { registrationEnabled: input.registrationEnabled };
      });
    }),
} satisfies TRPCRouterRecord;
