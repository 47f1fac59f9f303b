import type { TRPCRouterRecord } from "@trpc/server";
import { TRPCError } from "@trpc/server";
import { audit, diff } from "../lib/audit";
import { fieldError } from "../lib/errors";
import { idSchema } from "../schemas/auth";
import { directoryListSchema, locationCreateSchema, locationUpdateSchema } from "../schemas/admin";
import { permissionProcedure, protectedProcedure } from "../trpc";
import { directoryListArgs, directoryPage } from "./directory";

const manage = permissionProcedure("organizations.manage");
const select = { id: true, name: true, description: true, position: true, active: true, createdAt: true, updatedAt: true, _count: { select: { users: true, tickets: true } } } as const;

async function find(db: Parameters<typeof audit>[0], id: string) {
  const location = await db.location.findUnique({ where: { id }, select });
  if (!location) throw new TRPCError({ code: "NOT_FOUND", message: "No such location." });
  return location;
}

async function assertNameFree(db: Parameters<typeof audit>[0], name: string, exceptId?: string) {
  if (await db.location.findFirst({ where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) } })) {
    throw fieldError("name", "A location with this name already exists.", "CONFLICT");
  }
}

export const locationsRouter = {
  list: protectedProcedure.input(directoryListSchema).query(async ({ ctx, input }) => {
    const rows = await ctx.db.location.findMany({ ...directoryListArgs(input), select });
    return directoryPage(rows, input.limit);
  }),

  get: protectedProcedure.input(idSchema).query(({ ctx, input }) => find(ctx.db, input.id)),

  create: manage.input(locationCreateSchema).mutation(async ({ ctx, input }) => {
    await assertNameFree(ctx.db, input.name);
    return ctx.db.$transaction(async (tx) => {
      const created = await tx.location.create({ data: { name: input.name, description: input.description ?? "" }, select });
      await audit(tx, ctx, { action: "location.create", entityType: "location", entityId: created.id, changes: { name: { before: null, after: created.name } } });
      return created;
    });
  }),

  update: manage.input(locationUpdateSchema).mutation(async ({ ctx, input }) => {
    const { id, ...fields } = input;
    if (fields.name) await assertNameFree(ctx.db, fields.name, id);
    return ctx.db.$transaction(async (tx) => {
      const before = await find(tx, id);
      const after = await tx.location.update({ where: { id }, data: fields, select });
      const changes = diff(before, fields);
      if (Object.keys(changes).length) await audit(tx, ctx, { action: "location.update", entityType: "location", entityId: id, changes });
      return after;
    });
  }),

  /** Deletes an unused location; one that users or tickets refer to is deactivated instead. */
  delete: manage.input(idSchema).mutation(async ({ ctx, input }) => {
    return ctx.db.$transaction(async (tx) => {
      const location = await find(tx, input.id);
      const inUse = location._count.users + location._count.tickets > 0;
      if (inUse) await tx.location.update({ where: { id: input.id }, data: { active: false } });
      else await tx.location.delete({ where: { id: input.id } });
      await audit(tx, ctx, {
        action: inUse ? "location.deactivate" : "location.delete",
        entityType: "location",
        entityId: input.id,
        changes: inUse ? { active: { before: location.active, after: false } } : { name: { before: location.name, after: null } },
      });
      return { id: input.id, deleted: !inUse, deactivated: inUse };
    });
  }),
} satisfies TRPCRouterRecord;
