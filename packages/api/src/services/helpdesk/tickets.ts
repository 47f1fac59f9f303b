import type { Db, Prisma } from "@soporte/db";
import { TRPCError } from "@trpc/server";
import type { AuthSession } from "../../auth/session-user";
import type { FieldErrorKind } from "../../constants";
import { fieldError } from "../../lib/errors";
import type { Changes } from "../../lib/unit-of-work";
import type { StatusCategory } from "../../schemas/helpdesk";
import { slaOf } from "./sla";
import { ticketNotFound, ticketScope } from "./ticket-scope";

type Client = Prisma.TransactionClient | Db;

const named = { select: { id: true, name: true, nameEs: true } } as const;
const coloured = { select: { id: true, name: true, nameEs: true, color: true } } as const;
export const personSelect = { id: true, fullName: true, avatarColor: true } as const satisfies Prisma.UserSelect;

/** What a ticket list row carries. */
export const ticketListSelect = {
  id: true,
  number: true,
  title: true,
  tags: true,
  createdAt: true,
  updatedAt: true,
  firstResponseAt: true,
  resolvedAt: true,
  closedAt: true,
  responseDueAt: true,
  resolutionDueAt: true,
  priorityRank: true,
  status: { select: { id: true, name: true, nameEs: true, color: true, category: true } },
  priority: coloured,
  criticality: coloured,
  category: named,
  requester: { select: personSelect },
  assignee: { select: personSelect },
} as const satisfies Prisma.TicketSelect;

/** What the ticket page shows. */
export const ticketDetailSelect = {
  ...ticketListSelect,
  description: true,
  problemType: { select: { id: true, name: true, nameEs: true, categoryId: true } },
  location: { select: { id: true, name: true } },
  organization: { select: { id: true, name: true } },
  requester: { select: { ...personSelect, email: true } },
} as const satisfies Prisma.TicketSelect;

type ListRow = Prisma.TicketGetPayload<{ select: typeof ticketListSelect }>;

/** A row as it leaves the server: the SLA computed, the sort helper column dropped. */
export function toTicket<T extends ListRow>({ priorityRank: _rank, ...row }: T, now = new Date()) {
  return { ...row, sla: slaOf({ ...row, statusCategory: row.status.category }, now) };
}

/** The ticket by id or number, if the caller may see it; NOT_FOUND otherwise. */
export async function findVisibleTicket<S extends Prisma.TicketSelect>(
  db: Client,
  auth: AuthSession,
  key: { id: string } | { number: number },
  select: S,
): Promise<Prisma.TicketGetPayload<{ select: S }>> {
  const ticket = await db.ticket.findFirst({ where: { AND: [key, ticketScope(auth)] }, select });
  if (!ticket) throw ticketNotFound();
  return ticket as Prisma.TicketGetPayload<{ select: S }>;
}

/** Every ticket of `ids` that the caller may see, or NOT_FOUND naming none of them: all or nothing. */
export async function findVisibleTickets<S extends Prisma.TicketSelect>(
  db: Client,
  auth: AuthSession,
  ids: string[],
  select: S,
) {
  const unique = [...new Set(ids)];
  const rows = await db.ticket.findMany({ where: { AND: [{ id: { in: unique } }, ticketScope(auth)] }, select });
  if (rows.length !== unique.length) {
    throw new TRPCError({
      code: "NOT_FOUND",
      message: `${unique.length - rows.length} of the selected tickets do not exist or are not yours to change. Nothing was changed.`,
    });
  }
  return rows as Prisma.TicketGetPayload<{ select: S }>[];
}

type Refs = {
  statusId?: string | null;
  priorityId?: string | null;
  criticalityId?: string | null;
  categoryId?: string | null;
  problemTypeId?: string | null;
  locationId?: string | null;
};

const LABELS: Record<keyof Refs, { label: string; kind: FieldErrorKind }> = {
  statusId: { label: "status", kind: "status" },
  priorityId: { label: "priority", kind: "priority" },
  criticalityId: { label: "criticality level", kind: "criticality" },
  categoryId: { label: "category", kind: "category" },
  problemTypeId: { label: "problem type", kind: "problemType" },
  locationId: { label: "location", kind: "location" },
};

/** `{ id, name }` of a catalog item, as audit rows record references (readable after renames and deletions). */
export type NamedRef = { id: string; name: string } | null;

/**
 * Checks the catalog items a ticket is about to point at: each must exist and be active (an item
 * already on the ticket may stay after it was deactivated), and a problem type must belong to the
 * ticket's category. Returns their names for the audit row.
 */
export async function checkRefs(tx: Client, refs: Refs, current: Refs = {}) {
  const look = async <R extends { id: string; name: string; active: boolean }>(
    key: keyof Refs,
    find: (id: string) => Promise<R | null>,
  ): Promise<R | null> => {
    const id = refs[key];
    if (!id) return null;
    const row = await find(id);
    if (!row) throw fieldError(key, "notFound", `No such ${LABELS[key].label}.`, { kind: LABELS[key].kind });
    if (!row.active && current[key] !== id)
      throw fieldError(key, "inactive", `This ${LABELS[key].label} is no longer in use; choose another.`, {
        kind: LABELS[key].kind,
      });
    return row;
  };
  const select = { id: true, name: true, active: true } as const;
  const [status, priority, criticality, category, problemType, location] = await Promise.all([
    look("statusId", (id) => tx.ticketStatus.findUnique({ where: { id }, select: { ...select, category: true } })),
    look("priorityId", (id) =>
      tx.priority.findUnique({ where: { id }, select: { ...select, responseMinutes: true, resolutionMinutes: true } }),
    ),
    look("criticalityId", (id) => tx.criticality.findUnique({ where: { id }, select })),
    look("categoryId", (id) => tx.category.findUnique({ where: { id }, select })),
    look("problemTypeId", (id) =>
      tx.problemType.findUnique({ where: { id }, select: { ...select, categoryId: true } }),
    ),
    look("locationId", (id) => tx.location.findUnique({ where: { id }, select })),
  ]);
  const categoryId = refs.categoryId !== undefined ? refs.categoryId : current.categoryId;
  if (problemType?.categoryId && problemType.categoryId !== categoryId) {
    throw fieldError("problemTypeId", "problemTypeOtherCategory", "This problem type belongs to another category.");
  }
  return { status, priority, criticality, category, problemType, location };
}

/** The resolved / closed times after moving from one status category to another. */
export function statusTimes(
  from: StatusCategory,
  to: StatusCategory,
  times: { resolvedAt: Date | null; closedAt: Date | null },
  now: Date,
) {
  if (to === "open" || to === "pending") return { resolvedAt: null, closedAt: null };
  if (to === "resolved") return { resolvedAt: from === "resolved" ? times.resolvedAt : now, closedAt: null };
  return { resolvedAt: times.resolvedAt ?? now, closedAt: from === "closed" ? times.closedAt : now };
}

/** Audit changes for the reference fields that differ, recorded with their names. */
export function refChanges(before: Record<string, NamedRef>, after: Record<string, NamedRef | undefined>): Changes {
  const changes: Changes = {};
  for (const [field, value] of Object.entries(after)) {
    if (value === undefined) continue;
    if ((before[field]?.id ?? null) !== (value?.id ?? null))
      changes[field] = { before: before[field] ?? null, after: value };
  }
  return changes;
}

export const nameOf = (row: { id: string; name: string } | null | undefined): NamedRef =>
  row ? { id: row.id, name: row.name } : null;
export const personOf = (row: { id: string; fullName: string } | null | undefined): NamedRef =>
  row ? { id: row.id, name: row.fullName } : null;
