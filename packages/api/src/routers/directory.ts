// Organizations and locations are the same kind of thing — a named directory entry that users and
// tickets point at — so one router factory serves both; each passes its own Prisma calls.
import type { Db, Prisma } from "@soporte/db";
import type { TRPCRouterRecord } from "@trpc/server";
import { TRPCError } from "@trpc/server";
import type { z } from "zod";
import { diff, unitOfWork } from "../lib/unit-of-work";
import { fieldError } from "../lib/errors";
import { decodeCursor, keysetAfter, pageOf } from "../lib/pagination";
import { idSchema } from "../schemas/auth";
import { directoryListSchema } from "../schemas/admin";
import { permissionProcedure, protectedProcedure } from "../trpc";

type Tx = Prisma.TransactionClient | Db;
type ListInput = z.infer<typeof directoryListSchema>;

/** The query arguments of a name-ordered directory list. */
function listArgs(input: ListInput) {
  const cursor = input.cursor ? decodeCursor(input.cursor, "string") : null;
  return {
    where: {
      AND: [
        input.search ? { name: { contains: input.search, mode: "insensitive" as const } } : {},
        input.active === undefined ? {} : { active: input.active },
        cursor ? keysetAfter("name", "asc", cursor) : {},
      ],
    },
    orderBy: [{ name: "asc" as const }, { id: "asc" as const }],
    take: input.limit + 1,
  };
}
export type DirectoryListArgs = ReturnType<typeof listArgs>;

type Row = { id: string; name: string; active: boolean; _count: { users: number; tickets: number } };

export type DirectoryStore<R extends Row, Create, Update> = {
  findMany(db: Tx, args: DirectoryListArgs): Promise<R[]>;
  findById(db: Tx, id: string): Promise<R | null>;
  /** Another entry with this name, case-insensitively. */
  findByName(db: Tx, name: string, exceptId?: string): Promise<{ id: string } | null>;
  create(db: Tx, input: Create): Promise<R>;
  update(db: Tx, id: string, data: Update): Promise<R>;
  delete(db: Tx, id: string): Promise<unknown>;
};

export function directoryRouter<
  R extends Row,
  Create extends { name: string },
  Update extends { name?: string | undefined; active?: boolean | undefined },
>(
  entity: "organization" | "location",
  schemas: { create: z.ZodType<Create>; update: z.ZodType<Update & { id: string }> },
  store: DirectoryStore<R, Create, Update>,
) {
  const manage = permissionProcedure("organizations.manage");
  const article = entity === "organization" ? "An organization" : "A location";

  const find = async (db: Tx, id: string) => {
    const row = await store.findById(db, id);
    if (!row) throw new TRPCError({ code: "NOT_FOUND", message: `No such ${entity}.` });
    return row;
  };
  const assertNameFree = async (db: Tx, name: string, exceptId?: string) => {
    if (await store.findByName(db, name, exceptId))
      throw fieldError("name", `${article} with this name already exists.`, "CONFLICT");
  };

  return {
    list: protectedProcedure
      .input(directoryListSchema)
      .query(async ({ ctx, input }) =>
        pageOf(await store.findMany(ctx.db, listArgs(input)), input.limit, (row) => row.name),
      ),

    get: protectedProcedure.input(idSchema).query(({ ctx, input }) => find(ctx.db, input.id)),

    create: manage.input(schemas.create).mutation(async ({ ctx, input }) => {
      await assertNameFree(ctx.db, input.name);
      return unitOfWork(ctx, async ({ tx, record }) => {
        const created = await store.create(tx, input as Create);
        await record({
          action: `${entity}.create`,
          entityType: entity,
          entityId: created.id,
          changes: { name: { before: null, after: created.name } },
        });
        return created;
      });
    }),

    update: manage.input(schemas.update).mutation(async ({ ctx, input }) => {
      // tRPC cannot narrow a generic schema's output, so the parsed input is typed here.
      const { id, ...rest } = input as Update & { id: string };
      const fields = rest as unknown as Update;
      if (fields.name) await assertNameFree(ctx.db, fields.name, id);
      return unitOfWork(ctx, async ({ tx, record }) => {
        const before = await find(tx, id);
        const after = await store.update(tx, id, fields);
        const changes = diff(before as Record<string, unknown>, fields as Record<string, unknown>);
        if (Object.keys(changes).length)
          await record({ action: `${entity}.update`, entityType: entity, entityId: id, changes });
        return after;
      });
    }),

    /** Deletes an unused entry; one that users or tickets refer to is deactivated instead. */
    delete: manage.input(idSchema).mutation(async ({ ctx, input }) => {
      return unitOfWork(ctx, async ({ tx, record }) => {
        const row = await find(tx, input.id);
        const inUse = row._count.users + row._count.tickets > 0;
        if (inUse) await store.update(tx, input.id, { active: false } as Update);
        else await store.delete(tx, input.id);
        await record({
          action: inUse ? `${entity}.deactivate` : `${entity}.delete`,
          entityType: entity,
          entityId: input.id,
          changes: inUse
            ? { active: { before: row.active, after: false } }
            : { name: { before: row.name, after: null } },
        });
        return { id: input.id, deleted: !inUse, deactivated: inUse };
      });
    }),
  } satisfies TRPCRouterRecord;
}

export const nameEquals = (name: string, exceptId?: string) => ({
  name: { equals: name, mode: "insensitive" as const },
  ...(exceptId ? { id: { not: exceptId } } : {}),
});
