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
import { directoryDeletedOutput } from "../schemas/outputs/accounts";
import { pageOf as pageOfOutput } from "../schemas/outputs/common";
import type { OpenApiMeta } from "trpc-to-openapi";
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

/** How the entries are served on REST: under `path` (e.g. /organizations), tagged `tag`, answered as `output`. */
export type DirectoryRest<O> = {
  path: `/${string}`;
  tag: string;
  /** The plural in descriptions: "organizations". */
  plural: string;
  /** The schema of one entry as answered (it also guards the tRPC answer). */
  output: z.ZodType<O>;
};

export function directoryRouter<
  R extends Row,
  Create extends { name: string },
  Update extends { name?: string | undefined; active?: boolean | undefined },
  O,
>(
  entity: "organization" | "location",
  schemas: { create: z.ZodType<Create>; update: z.ZodType<Update & { id: string }> },
  store: DirectoryStore<R, Create, Update>,
  rest: DirectoryRest<O>,
) {
  const manage = permissionProcedure("organizations.manage");
  const article = entity === "organization" ? "An organization" : "A location";
  const openapi = (
    method: "GET" | "POST" | "PATCH" | "DELETE",
    path: "" | "/{id}",
    summary: string,
    description: string,
  ): OpenApiMeta => ({
    openapi: { method, path: `${rest.path}${path}`, tags: [rest.tag], summary, description, protect: true },
  });

  const find = async (db: Tx, id: string) => {
    const row = await store.findById(db, id);
    if (!row) throw new TRPCError({ code: "NOT_FOUND", message: `No such ${entity}.` });
    return row;
  };
  const assertNameFree = async (db: Tx, name: string, exceptId?: string) => {
    if (await store.findByName(db, name, exceptId))
      throw fieldError("name", "nameTaken", `${article} with this name already exists.`, {
        code: "CONFLICT",
        kind: entity,
      });
  };

  return {
    list: protectedProcedure
      .meta(
        openapi(
          "GET",
          "",
          `List ${rest.plural}`,
          `Any signed-in user. By name; \`search\` matches the name, \`active\` (true or false) filters. For the ` +
            "next page send `nextCursor` back as `cursor` with the same filters.",
        ),
      )
      .input(directoryListSchema)
      .output(pageOfOutput(rest.output))
      .query(async ({ ctx, input }) =>
        pageOf(await store.findMany(ctx.db, listArgs(input)), input.limit, (row) => row.name),
      ),

    get: protectedProcedure
      .meta(openapi("GET", "/{id}", `One ${entity}`, "Any signed-in user. Inactive entries included."))
      .input(idSchema)
      .output(rest.output)
      .query(({ ctx, input }) => find(ctx.db, input.id)),

    create: manage
      .meta(
        openapi(
          "POST",
          "",
          `Create ${article.toLowerCase()}`,
          "Needs the organizations.manage permission. A name in use (case-insensitively) is a 409 naming the field.",
        ),
      )
      .input(schemas.create)
      .output(rest.output)
      .mutation(async ({ ctx, input }) => {
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

    update: manage
      .meta(
        openapi(
          "PATCH",
          "/{id}",
          `Edit ${article.toLowerCase()}`,
          "Needs the organizations.manage permission. Send only the fields to change; `active: false` stops " +
            "offering it for users and tickets. A name in use (case-insensitively) is a 409 naming the field.",
        ),
      )
      .input(schemas.update)
      .output(rest.output)
      .mutation(async ({ ctx, input }) => {
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
    delete: manage
      .meta(
        openapi(
          "DELETE",
          "/{id}",
          `Delete ${article.toLowerCase()}`,
          `Needs the organizations.manage permission. ${article} that users or tickets refer to is deactivated ` +
            "instead (`deactivated: true`), so they keep pointing at it.",
        ),
      )
      .input(idSchema)
      .output(directoryDeletedOutput)
      .mutation(async ({ ctx, input }) => {
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
