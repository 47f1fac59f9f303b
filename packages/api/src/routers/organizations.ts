import type { TRPCRouterRecord } from "@trpc/server";
import { TRPCError } from "@trpc/server";
import { audit, diff } from "../lib/audit";
import { fieldError } from "../lib/errors";
import { idSchema } from "../schemas/auth";
import { directoryListSchema, organizationCreateSchema, organizationUpdateSchema } from "../schemas/admin";
import { permissionProcedure, protectedProcedure } from "../trpc";
import { directoryListArgs, directoryPage } from "./directory";

const manage = permissionProcedure("organizations.manage");
const select = { id: true, name: true, domain: true, active: true, createdAt: true, updatedAt: true, _count: { select: { users: true, tickets: true } } } as const;

async function find(db: Parameters<typeof audit>[0], id: string) {
  const organization = await db.organization.findUnique({ where: { id }, select });
  if (!organization) throw new TRPCError({ code: "NOT_FOUND", message: "No such organization." });
  return organization;
}

async function assertNameFree(db: Parameters<typeof audit>[0], name: string, exceptId?: string) {
  if (await db.organization.findFirst({ where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) } })) {
    throw fieldError("name", "An organization with this name already exists.", "CONFLICT");
  }
}

export const organizationsRouter = {
  list: protectedProcedure.input(directoryListSchema).query(async ({ ctx, input }) => {
    const rows = await ctx.db.organization.findMany({ ...directoryListArgs(input), select });
    return directoryPage(rows, input.limit);
  }),

  get: protectedProcedure.input(idSchema).query(({ ctx, input }) => find(ctx.db, input.id)),

  create: manage.input(organizationCreateSchema).mutation(async ({ ctx, input }) => {
    await assertNameFree(ctx.db, input.name);
    return ctx.db.$transaction(async (tx) => {
      const created = await tx.organization.create({ data: { name: input.name, domain: input.domain ?? "" }, select });
      await audit(tx, ctx, { action: "organization.create", entityType: "organization", entityId: created.id, changes: { name: { before: null, after: created.name } } });
      return created;
    });
  }),

  update: manage.input(organizationUpdateSchema).mutation(async ({ ctx, input }) => {
    const { id, ...fields } = input;
    if (fields.name) await assertNameFree(ctx.db, fields.name, id);
    return ctx.db.$transaction(async (tx) => {
      const before = await find(tx, id);
      const after = await tx.organization.update({ where: { id }, data: fields, select });
      const changes = diff(before, fields);
      if (Object.keys(changes).length) await audit(tx, ctx, { action: "organization.update", entityType: "organization", entityId: id, changes });
      return after;
    });
  }),

  /** Deletes an unused organization; one that users or tickets refer to is deactivated instead. */
  delete: manage.input(idSchema).mutation(async ({ ctx, input }) => {
    return ctx.db.$transaction(async (tx) => {
      const organization = await find(tx, input.id);
      const inUse = organization._count.users + organization._count.tickets > 0;
      if (inUse) await tx.organization.update({ where: { id: input.id }, data: { active: false } });
      else await tx.organization.delete({ where: { id: input.id } });
      await audit(tx, ctx, {
        action: inUse ? "organization.deactivate" : "organization.delete",
        entityType: "organization",
        entityId: input.id,
        changes: inUse ? { active: { before: organization.active, after: false } } : { name: { before: organization.name, after: null } },
      });
      return { id: input.id, deleted: !inUse, deactivated: inUse };
    });
  }),
} satisfies TRPCRouterRecord;
