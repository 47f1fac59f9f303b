// The five ticket catalogs (statuses, priorities, criticality levels, categories, problem types) are
// the same kind of thing — ordered, bilingual, deactivated rather than deleted — so one router
// factory serves each; what differs (a default item, a parent category) is configuration.
import type { Db } from "@soporte/db";
import type { TRPCRouterRecord } from "@trpc/server";
import { TRPCError } from "@trpc/server";
import type { OpenApiMeta } from "trpc-to-openapi";
import { z } from "zod";
import { fieldError } from "../lib/errors";
import { diff, unitOfWork, type Tx } from "../lib/unit-of-work";
import {
  catalogReorderSchema,
  catalogSetActiveSchema,
  categoryCreateSchema,
  categoryUpdateSchema,
  criticalityCreateSchema,
  criticalityUpdateSchema,
  priorityCreateSchema,
  priorityUpdateSchema,
  problemTypeCreateSchema,
  problemTypeUpdateSchema,
  statusCreateSchema,
  statusUpdateSchema,
  type CatalogName,
} from "../schemas/helpdesk";
import {
  catalogCategoryOutput,
  catalogCriticalityOutput,
  catalogPriorityOutput,
  catalogProblemTypeOutput,
  catalogsOutput,
  catalogStatusOutput,
} from "../schemas/outputs/accounts";
import { permissionProcedure, protectedProcedure } from "../trpc";

type Item = {
  id: string;
  name: string;
  nameEs: string;
  active: boolean;
  position: number;
  isDefault?: boolean;
  categoryId?: string | null;
};

/**
 * The calls the factory makes on a catalog's Prisma delegate. Prisma's five delegates have
 * unrelated generated types, so each is narrowed to this shared shape once, in `delegate()`.
 */
type Delegate = {
  findMany(args: { where?: object; orderBy?: object[]; select?: object }): Promise<Item[]>;
  findUnique(args: { where: { id: string } }): Promise<Item | null>;
  findFirst(args: { where: object; select?: object }): Promise<{ id: string } | null>;
  aggregate(args: { _max: { position: true } }): Promise<{ _max: { position: number | null } }>;
  create(args: { data: object }): Promise<Item>;
  update(args: { where: { id: string }; data: object }): Promise<Item>;
  updateMany(args: { where: object; data: object }): Promise<{ count: number }>;
};

const MODELS = {
  statuses: { model: "ticketStatus", entity: "status", label: "status", plural: "statuses", hasDefault: true },
  priorities: { model: "priority", entity: "priority", label: "priority", plural: "priorities", hasDefault: true },
  criticalities: {
    model: "criticality",
    entity: "criticality",
    label: "criticality level",
    plural: "criticality levels",
    hasDefault: false,
  },
  categories: { model: "category", entity: "category", label: "category", plural: "categories", hasDefault: false },
  problemTypes: {
    model: "problemType",
    entity: "problemType",
    label: "problem type",
    plural: "problem types",
    hasDefault: false,
  },
} as const satisfies Record<
  CatalogName,
  { model: keyof Db; entity: string; label: string; plural: string; hasDefault: boolean }
>;

function delegate(db: Tx | Db, catalog: CatalogName): Delegate {
  return db[MODELS[catalog].model] as unknown as Delegate;
}

const ORDER = [{ position: "asc" }, { name: "asc" }] as const;

type Fields = { name?: string; isDefault?: boolean; categoryId?: string | null };

/**
 * One catalog's router, served on REST under /catalogs/{segment} (its name in kebab case:
 * problemTypes → problem-types) and answered as `output` (one item).
 * Its PUT paths cannot shadow each other: /{segment}/order has one part fewer than /{segment}/{id}/active.
 */
function catalogRouter<Create extends Fields, Update extends Fields & { id: string }, O>(
  catalog: CatalogName,
  schemas: { create: z.ZodType<Create>; update: z.ZodType<Update> },
  output: z.ZodType<O>,
) {
  const { entity, label, plural, hasDefault } = MODELS[catalog];
  const manage = permissionProcedure("catalogs.manage");
  const base = `/catalogs/${catalog.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}` as const;
  const openapi = (
    method: "POST" | "PATCH" | "PUT",
    path: `/${string}`,
    summary: string,
    description: string,
  ): OpenApiMeta => ({
    openapi: {
      method,
      path,
      tags: ["catalogs"],
      summary,
      description: `Needs the catalogs.manage permission. ${description}`,
      protect: true,
    },
  });

  const find = async (tx: Tx, id: string) => {
    const item = await delegate(tx, catalog).findUnique({ where: { id } });
    if (!item) throw new TRPCError({ code: "NOT_FOUND", message: `No such ${label}.` });
    return item;
  };
  const assertNameFree = async (tx: Tx, name: string | undefined, exceptId?: string) => {
    if (name === undefined) return;
    const taken = await delegate(tx, catalog).findFirst({
      where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
      select: { id: true },
    });
    if (taken)
      throw fieldError("name", "nameTaken", `A ${label} with this name already exists.`, {
        code: "CONFLICT",
        kind: entity,
      });
  };
  const assertCategory = async (tx: Tx, categoryId: string | null | undefined) => {
    if (!categoryId) return;
    const category = await tx.category.findUnique({ where: { id: categoryId }, select: { active: true } });
    if (!category?.active)
      throw fieldError("categoryId", "inactive", "This category is no longer in use; choose another.", {
        kind: "category",
      });
  };
  /** One default per catalog: making an item the default takes it from the others. */
  const takeDefault = async (tx: Tx, id: string) => {
    if (hasDefault)
      await delegate(tx, catalog).updateMany({
        where: { isDefault: true, id: { not: id } },
        data: { isDefault: false },
      });
  };

  return {
    create: manage
      .meta(
        openapi(
          "POST",
          base,
          `Create a ${label}`,
          "It goes last in the order. A name in use (case-insensitively) is a 409 naming the field." +
            (hasDefault ? ` With \`isDefault: true\` it becomes the default ${label} (new tickets get it).` : ""),
        ),
      )
      .input(schemas.create)
      .output(output)
      .mutation(async ({ ctx, input }) => {
        const fields = input as Create;
        return unitOfWork(ctx, async ({ tx, record }) => {
          await assertNameFree(tx, fields.name);
          await assertCategory(tx, fields.categoryId);
          const { _max } = await delegate(tx, catalog).aggregate({ _max: { position: true } });
          const item = await delegate(tx, catalog).create({ data: { ...fields, position: (_max.position ?? -1) + 1 } });
          if (item.isDefault) await takeDefault(tx, item.id);
          await record({
            action: `${entity}.create`,
            entityType: entity,
            entityId: item.id,
            changes: diff({} as Record<string, unknown>, fields as Record<string, unknown>),
          });
          return item;
        });
      }),

    update: manage
      .meta(
        openapi(
          "PATCH",
          `${base}/{id}`,
          `Edit a ${label}`,
          "Send only the fields to change. A name in use (case-insensitively) is a 409 naming the field." +
            (hasDefault
              ? ` \`isDefault: true\` makes it the default ${label} instead of the current one; the default cannot ` +
                "be unset, only moved, and an inactive item cannot become it."
              : ""),
        ),
      )
      .input(schemas.update)
      .output(output)
      .mutation(async ({ ctx, input }) => {
        const { id, ...fields } = input as Update;
        return unitOfWork(ctx, async ({ tx, record }) => {
          const before = await find(tx, id);
          await assertNameFree(tx, fields.name, id);
          if (fields.categoryId !== before.categoryId) await assertCategory(tx, fields.categoryId);
          if (hasDefault && before.isDefault && fields.isDefault === false) {
            throw fieldError(
              "isDefault",
              "defaultRequired",
              `One ${label} must be the default: make another one the default instead.`,
              {
                kind: entity,
              },
            );
          }
          if (fields.isDefault && !before.active)
            throw fieldError("isDefault", "defaultInactive", `Activate this ${label} before making it the default.`, {
              kind: entity,
            });
          const after = await delegate(tx, catalog).update({ where: { id }, data: fields });
          if (fields.isDefault) await takeDefault(tx, id);
          const changes = diff(before as Record<string, unknown>, fields as Record<string, unknown>);
          if (Object.keys(changes).length)
            await record({ action: `${entity}.update`, entityType: entity, entityId: id, changes });
          return after;
        });
      }),

    /** Items are never deleted (tickets keep pointing at them): deactivated ones are no longer offered. */
    setActive: manage
      .meta(
        openapi(
          "PUT",
          `${base}/{id}/active`,
          `Activate or deactivate a ${label}`,
          `Items are never deleted: tickets that use a deactivated ${label} keep it, new ones can no longer choose it.` +
            (hasDefault ? ` The default ${label} cannot be deactivated.` : ""),
        ),
      )
      .input(catalogSetActiveSchema)
      .output(output)
      .mutation(async ({ ctx, input }) => {
        return unitOfWork(ctx, async ({ tx, record }) => {
          const before = await find(tx, input.id);
          if (before.active === input.active) return before;
          if (!input.active && before.isDefault)
            throw fieldError(
              "active",
              "defaultCannotDeactivate",
              `This is the default ${label}: make another one the default before deactivating it.`,
              { kind: entity },
            );
          const after = await delegate(tx, catalog).update({ where: { id: input.id }, data: { active: input.active } });
          await record({
            action: `${entity}.${input.active ? "activate" : "deactivate"}`,
            entityType: entity,
            entityId: input.id,
            changes: { active: { before: before.active, after: input.active } },
          });
          return after;
        });
      }),

    /** `ids`: every item of the catalog, in the new order. */
    reorder: manage
      .meta(
        openapi(
          "PUT",
          `${base}/order`,
          `Reorder the ${plural}`,
          `\`ids\`: every ${label}, inactive ones included, each once, in the new order. Answers them all in that order.`,
        ),
      )
      .input(catalogReorderSchema)
      .output(z.array(output))
      .mutation(async ({ ctx, input }) => {
        return unitOfWork(ctx, async ({ tx, record }) => {
          const items = await delegate(tx, catalog).findMany({ orderBy: [...ORDER] });
          const wanted = new Set(input.ids);
          if (
            wanted.size !== input.ids.length ||
            items.length !== wanted.size ||
            items.some((item) => !wanted.has(item.id))
          ) {
            throw fieldError("ids", "orderIncomplete", `List every ${label} exactly once, in the new order.`, {
              kind: entity,
            });
          }
          const names = new Map(items.map((item) => [item.id, item.name]));
          for (const [position, id] of input.ids.entries()) {
            if (items.find((item) => item.id === id)?.position !== position)
              await delegate(tx, catalog).update({ where: { id }, data: { position } });
          }
          await record({
            action: `${entity}.reorder`,
            entityType: entity,
            entityId: "",
            changes: { order: { before: items.map((item) => item.name), after: input.ids.map((id) => names.get(id)) } },
          });
          return delegate(tx, catalog).findMany({ orderBy: [...ORDER] });
        });
      }),
  } satisfies TRPCRouterRecord;
}

const select = { id: true, name: true, nameEs: true, active: true, position: true } as const;

async function listCatalogs(db: Db) {
  const orderBy = [{ position: "asc" as const }, { name: "asc" as const }];
  const [statuses, priorities, criticalities, categories, problemTypes] = await Promise.all([
    db.ticketStatus.findMany({ orderBy, select: { ...select, category: true, color: true, isDefault: true } }),
    db.priority.findMany({
      orderBy,
      select: { ...select, color: true, responseMinutes: true, resolutionMinutes: true, isDefault: true },
    }),
    db.criticality.findMany({ orderBy, select: { ...select, color: true } }),
    db.category.findMany({ orderBy, select: { ...select, description: true } }),
    db.problemType.findMany({ orderBy, select: { ...select, categoryId: true } }),
  ]);
  return { statuses, priorities, criticalities, categories, problemTypes };
}

export const catalogsRouter = {
  /** Every ticket catalog in one call, inactive items included (marked `active: false`). */
  list: protectedProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/catalogs",
        tags: ["catalogs"],
        summary: "Every ticket catalog",
        description:
          "Any signed-in user. Statuses, priorities, criticality levels, categories and problem types in one call, " +
          "each in display order, inactive items included (`active: false`; they are no longer offered for new " +
          "values). `nameEs` is the Spanish name.",
        protect: true,
      },
    })
    .output(catalogsOutput)
    .query(({ ctx }) => listCatalogs(ctx.db)),
  statuses: catalogRouter("statuses", { create: statusCreateSchema, update: statusUpdateSchema }, catalogStatusOutput),
  priorities: catalogRouter(
    "priorities",
    { create: priorityCreateSchema, update: priorityUpdateSchema },
    catalogPriorityOutput,
  ),
  criticalities: catalogRouter(
    "criticalities",
    { create: criticalityCreateSchema, update: criticalityUpdateSchema },
    catalogCriticalityOutput,
  ),
  categories: catalogRouter(
    "categories",
    { create: categoryCreateSchema, update: categoryUpdateSchema },
    catalogCategoryOutput,
  ),
  problemTypes: catalogRouter(
    "problemTypes",
    { create: problemTypeCreateSchema, update: problemTypeUpdateSchema },
    catalogProblemTypeOutput,
  ),
};
