import type { Prisma } from "@soporte/db";
import type { TRPCRouterRecord } from "@trpc/server";
import { TRPCError } from "@trpc/server";
import { hasPermission, type AuthSession } from "../auth/session-user";
import { fieldError } from "../lib/errors";
import { diff, unitOfWork, type Tx } from "../lib/unit-of-work";
import { idSchema } from "../schemas/auth";
import { MAX_VIEWS_PER_USER, ticketFiltersSchema, viewCreateSchema, viewUpdateSchema } from "../schemas/helpdesk";
import { savedViewListSchema, savedViewSchema, viewDeletedSchema } from "../schemas/outputs/views";
import type { TicketFilters } from "../services/helpdesk/ticket-filters";
import { isStaff } from "../services/helpdesk/ticket-scope";
import { protectedProcedure } from "../trpc";

const viewSelect = {
  id: true,
  name: true,
  filters: true,
  shared: true,
  createdAt: true,
  updatedAt: true,
  owner: { select: { id: true, fullName: true } },
} as const satisfies Prisma.SavedViewSelect;

type ViewRow = Prisma.SavedViewGetPayload<{ select: typeof viewSelect }>;

/** Shared views of other people a list shows at most (each owner keeps at most MAX_VIEWS_PER_USER). */
const MAX_SHARED_LISTED = 500;

/**
 * Stored filters are re-read through today's schema, so the client gets the same types it sends
 * (dates as dates). Filters an older schema accepted but today's refuses are replaced by the
 * defaults and flagged `stale`, rather than failing the whole list.
 */
function toView(row: ViewRow, auth: AuthSession) {
  const parsed = ticketFiltersSchema.safeParse(row.filters);
  return {
    ...row,
    filters: parsed.success ? parsed.data : ticketFiltersSchema.parse({}),
    stale: !parsed.success,
    mine: row.owner.id === auth.user.id,
  };
}

/** The parsed filters as JSON (dates as ISO strings), as they are stored. */
function storedFilters(filters: TicketFilters): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(filters)) as Prisma.InputJsonValue;
}

function assertMayShare(auth: AuthSession) {
  if (!hasPermission(auth.user, "views.share"))
    throw new TRPCError({
      code: "FORBIDDEN",
      message: 'You need the "views.share" permission to share a view with all staff.',
    });
}

/**
 * Serialises one user's view changes (their count and names are checked, then written), so two
 * requests at once cannot pass the limit or both take a name.
 */
async function lockOwner(tx: Tx, ownerId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`saved-views:${ownerId}`}, 0))`;
}

async function assertNameFree(tx: Tx, ownerId: string, name: string, exceptId?: string) {
  const taken = await tx.savedView.findFirst({
    where: { ownerId, name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken)
    throw fieldError("name", "nameTaken", "You already have a view with this name.", {
      code: "CONFLICT",
      kind: "view",
    });
}

/** The caller's own view; anyone else's, like one that does not exist, is NOT_FOUND. */
async function findOwnView(tx: Tx, auth: AuthSession, id: string) {
  const view = await tx.savedView.findFirst({ where: { id, ownerId: auth.user.id }, select: viewSelect });
  if (!view) throw new TRPCError({ code: "NOT_FOUND", message: "No such view." });
  return view;
}

/** What a view's `filters` are, for the REST descriptions. */
const FILTERS =
  "`filters` holds the filters and order of GET /tickets, as a JSON object (lists as arrays; no `limit` or " +
  "`cursor`): `search`, `statusIds`, `statusCategories`, `priorityIds`, `criticalityIds`, `categoryIds`, " +
  "`problemTypeIds`, `tags`, `assignee` (`me`, whoever opens the view; `unassigned`; or a user id), `requesterId`, " +
  "`organizationId`, `locationId`, `createdFrom`, `createdTo` (dates), `sla` (`due_soon`, `breached`), `sort` and " +
  "`direction`. It is stored as parsed: defaults filled in, unknown keys dropped.";

export const viewsRouter = {
  /** The caller's views, then the views other staff shared (for callers who see every ticket). */
  list: protectedProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/views",
        tags: ["views"],
        summary: "My saved views",
        description:
          "Any signed-in user. Their own saved views by name, then, for staff (`tickets.read.all`), the views other " +
          "people shared, by name (`mine` tells them apart). Each with its `filters`, the query of GET /tickets it " +
          "stands for; a view whose stored filters are no longer valid comes back with the defaults and " +
          "`stale: true`.",
        protect: true,
      },
    })
    .output(savedViewListSchema)
    .query(async ({ ctx }) => {
      const [own, shared] = await Promise.all([
        ctx.db.savedView.findMany({ where: { ownerId: ctx.auth.user.id }, select: viewSelect }),
        isStaff(ctx.auth)
          ? ctx.db.savedView.findMany({
              where: { shared: true, ownerId: { not: ctx.auth.user.id } },
              select: viewSelect,
              orderBy: [{ name: "asc" }, { id: "asc" }],
              take: MAX_SHARED_LISTED,
            })
          : [],
      ]);
      const byName = (a: ViewRow, b: ViewRow) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
      return { items: [...own.sort(byName), ...shared.sort(byName)].map((row) => toView(row, ctx.auth)) };
    }),

  /** Saves filters under a name; sharing with all staff needs `views.share`. */
  create: protectedProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/views",
        tags: ["views"],
        summary: "Save a view",
        description:
          "Any signed-in user, for themselves. Body: `name` (1–60 characters, unique among the caller's views " +
          "ignoring case: CONFLICT otherwise), `filters`, and `shared: true` to show it to all staff, which needs " +
          `\`views.share\` (FORBIDDEN otherwise). ${FILTERS} At most ${MAX_VIEWS_PER_USER} views each ` +
          "(PRECONDITION_FAILED beyond). Returns the view.",
        protect: true,
      },
    })
    .input(viewCreateSchema)
    .output(savedViewSchema)
    .mutation(async ({ ctx, input }) => {
      if (input.shared) assertMayShare(ctx.auth);
      const ownerId = ctx.auth.user.id;
      return unitOfWork(ctx, async ({ tx, record }) => {
        await lockOwner(tx, ownerId);
        if ((await tx.savedView.count({ where: { ownerId } })) >= MAX_VIEWS_PER_USER)
          throw new TRPCError({
            code: "PRECONDITION_FAILED",
            message: `You can keep at most ${MAX_VIEWS_PER_USER} saved views. Delete one you no longer use first.`,
          });
        await assertNameFree(tx, ownerId, input.name);
        const filters = storedFilters(input.filters);
        const view = await tx.savedView.create({
          data: { ownerId, name: input.name, filters, shared: input.shared },
          select: viewSelect,
        });
        await record({
          action: "view.create",
          entityType: "view",
          entityId: view.id,
          changes: {
            name: { before: null, after: view.name },
            filters: { before: null, after: filters },
            shared: { before: null, after: view.shared },
          },
        });
        return toView(view, ctx.auth);
      });
    }),

  /**
   * The owner's changes to their view. A view that is (or becomes) shared may be changed only with
   * `views.share`: editing it changes what all staff see. Unsharing is always allowed.
   */
  update: protectedProcedure
    .meta({
      openapi: {
        method: "PATCH",
        path: "/views/{id}",
        tags: ["views"],
        summary: "Change a saved view",
        description:
          "Its owner only: anyone else's view is NOT_FOUND, like one that does not exist. The body carries only what " +
          "changes: `name`, `filters` (the whole new set), `shared`. Changing a view that is or becomes shared needs " +
          `\`views.share\` (FORBIDDEN otherwise); unsharing needs nothing. ${FILTERS} Returns the view.`,
        protect: true,
      },
    })
    .input(viewUpdateSchema)
    .output(savedViewSchema)
    .mutation(async ({ ctx, input }) => {
      const ownerId = ctx.auth.user.id;
      return unitOfWork(ctx, async ({ tx, record }) => {
        await lockOwner(tx, ownerId);
        const before = await findOwnView(tx, ctx.auth, input.id);
        const filters = input.filters ? storedFilters(input.filters) : undefined;
        const changes = diff<Record<string, unknown>>(
          { name: before.name, filters: before.filters, shared: before.shared },
          { name: input.name, filters, shared: input.shared },
        );
        if (Object.keys(changes).length === 0) return toView(before, ctx.auth);
        if (input.shared ?? before.shared) assertMayShare(ctx.auth);
        if (changes.name && input.name) await assertNameFree(tx, ownerId, input.name, before.id);
        const view = await tx.savedView.update({
          where: { id: before.id },
          data: { name: input.name, filters, shared: input.shared },
          select: viewSelect,
        });
        await record({ action: "view.update", entityType: "view", entityId: view.id, changes });
        return toView(view, ctx.auth);
      });
    }),

  delete: protectedProcedure
    .meta({
      openapi: {
        method: "DELETE",
        path: "/views/{id}",
        tags: ["views"],
        summary: "Delete a saved view",
        description: "Its owner only: anyone else's view is NOT_FOUND, like one that does not exist. Returns its id.",
        protect: true,
      },
    })
    .input(idSchema)
    .output(viewDeletedSchema)
    .mutation(async ({ ctx, input }) => {
      return unitOfWork(ctx, async ({ tx, record }) => {
        const view = await findOwnView(tx, ctx.auth, input.id);
        await tx.savedView.delete({ where: { id: view.id } });
        await record({
          action: "view.delete",
          entityType: "view",
          entityId: view.id,
          changes: {
            name: { before: view.name, after: null },
            filters: { before: view.filters, after: null },
            shared: { before: view.shared, after: null },
          },
        });
        return { id: view.id };
      });
    }),
} satisfies TRPCRouterRecord;
