import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { unitOfWork } from "../lib/unit-of-work";
import { settingsOutput } from "../schemas/outputs/accounts";
import { isRegistrationOpen, REGISTRATION_SETTING } from "../services/settings";
import { permissionProcedure, publicProcedure } from "../trpc";

export const settingsRouter = {
  /** Public: the sign-in page needs to know whether to offer registration. */
  get: publicProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/settings",
        tags: ["settings"],
        summary: "The instance's settings",
        description: "Public, no sign-in: whether self-registration (POST /auth/register) is open.",
        protect: false,
      },
    })
    .output(settingsOutput)
    .query(async ({ ctx }) => ({ registrationEnabled: await isRegistrationOpen(ctx.db) })),

  update: permissionProcedure("settings.manage")
    .meta({
      openapi: {
        method: "PATCH",
        path: "/settings",
        tags: ["settings"],
        summary: "Change the instance's settings",
        description:
          "Needs the settings.manage permission. `registrationEnabled: false` closes self-registration: " +
          "POST /auth/register is then refused, and accounts are created by administrators (POST /users).",
        protect: true,
      },
    })
    .input(z.object({ registrationEnabled: z.boolean() }))
    .output(settingsOutput)
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
