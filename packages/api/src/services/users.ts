import { randomBytes } from "node:crypto";
import type { Db, Prisma } from "@soporte/db";
import { TRPCError } from "@trpc/server";
import { fieldError } from "../lib/errors";
import { profileSelect } from "./profile";

type Tx = Prisma.TransactionClient | Db;

/** What admins see of a user in lists and details. Never hashes. */
export const adminUserSelect = {
  ...profileSelect,
  active: true,
  updatedAt: true,
  roles: { select: { role: { select: { id: true, name: true } } }, orderBy: { role: { name: "asc" } } },
} as const satisfies Prisma.UserSelect;

type AdminUserRow = Prisma.UserGetPayload<{ select: typeof adminUserSelect }>;

export function toAdminUser(row: AdminUserRow) {
  return { ...row, roles: row.roles.map((r) => r.role) };
}

/** Only what a picker needs (assignee, requester). */
export const pickerSelect = {
  id: true,
  fullName: true,
  username: true,
  avatarColor: true,
} as const satisfies Prisma.UserSelect;

/** A strong password shown once to the admin who created or reset it. */
export function generatePassword(): string {
  return randomBytes(15).toString("base64url");
}

export async function findLiveUser(tx: Tx, id: string) {
  const user = await tx.user.findFirst({ where: { id, anonymizedAt: null }, select: adminUserSelect });
  if (!user) throw new TRPCError({ code: "NOT_FOUND", message: "No such user." });
  return user;
}

export async function assertRolesExist(tx: Tx, roleIds: string[]): Promise<void> {
  const found = await tx.role.count({ where: { id: { in: roleIds } } });
  if (found !== new Set(roleIds).size)
    throw fieldError("roleIds", "notFound", "One of the roles does not exist.", { kind: "role" });
}

/** Organization and location ids must name existing entries (a field error otherwise, not a foreign-key failure). */
export async function assertReferencesExist(
  tx: Tx,
  input: { organizationId?: string | null | undefined; locationId?: string | null | undefined },
) {
  if (input.organizationId && !(await tx.organization.count({ where: { id: input.organizationId } }))) {
    throw fieldError("organizationId", "notFound", "No such organization.", { kind: "organization" });
  }
  if (input.locationId && !(await tx.location.count({ where: { id: input.locationId } })))
    throw fieldError("locationId", "notFound", "No such location.", { kind: "location" });
}

export async function assertUniqueIdentity(
  tx: Tx,
  input: { email?: string | undefined; username?: string | undefined },
  exceptId?: string,
) {
  const or = [
    ...(input.email ? [{ email: input.email }] : []),
    ...(input.username ? [{ username: input.username }] : []),
  ];
  if (!or.length) return;
  const taken = await tx.user.findFirst({
    where: { OR: or, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { email: true },
  });
  if (!taken) return;
  throw taken.email === input.email
    ? fieldError("email", "emailTaken", "An account with this email already exists.", { code: "CONFLICT" })
    : fieldError("username", "usernameTaken", "This username is taken.", { code: "CONFLICT" });
}

/** Whether the user appears in history that must stay readable (then they are anonymised, not deleted). */
export async function hasHistory(tx: Tx, id: string): Promise<boolean> {
  const [tickets, comments, messages, audit] = await Promise.all([
    tx.ticket.count({ where: { OR: [{ requesterId: id }, { assigneeId: id }] }, take: 1 }),
    tx.comment.count({ where: { authorId: id }, take: 1 }),
    tx.message.count({ where: { senderId: id }, take: 1 }),
    tx.auditLog.count({ where: { actorId: id }, take: 1 }),
  ]);
  return tickets + comments + messages + audit > 0;
}

/** Removes everything personal but keeps the row, so tickets and messages still show "Deleted user". */
export async function anonymise(tx: Prisma.TransactionClient, id: string, now = new Date()) {
  await tx.userRole.deleteMany({ where: { userId: id } });
  await tx.session.updateMany({
    where: { userId: id, revokedAt: null },
    data: { revokedAt: now, revokedReason: "user deleted" },
  });
  await tx.savedView.deleteMany({ where: { ownerId: id } });
  await tx.user.update({
    where: { id },
    data: {
      email: `deleted-${id}@deleted.invalid`,
      username: `deleted-${id.replace(/-/g, "").slice(-12)}`,
      fullName: "Deleted user",
      bio: "",
      phone: "",
      avatarColor: "#94a3b8",
      // Not a valid argon2 hash: nothing can sign in as this user again.
      passwordHash: "!",
      active: false,
      isSuperuser: false,
      organizationId: null,
      locationId: null,
      anonymizedAt: now,
    },
  });
}
