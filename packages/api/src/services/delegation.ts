// Enforces the delegation rules (../delegation-rules.ts) with the rows they are about, read in the
// transaction that makes the change. Every refusal is a FORBIDDEN that says why.
import type { Db, Prisma } from "@soporte/db";
import { TRPCError } from "@trpc/server";
import type { SessionUser } from "../auth/session-user";
import {
  grantRefusal,
  roleDeleteRefusal,
  userActionRefusal,
  type AccessHolder,
  type UserAction,
} from "../delegation-rules";

type Tx = Prisma.TransactionClient | Db;
type Actor = Pick<SessionUser, "id" | "isSuperuser" | "permissions">;

function refuse(reason: string | null): void {
  if (reason) throw new TRPCError({ code: "FORBIDDEN", message: reason });
}

/** A user's superuser flag and the union of their roles' permissions. */
async function accessOf(tx: Tx, userId: string): Promise<AccessHolder> {
  const user = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, isSuperuser: true, roles: { select: { role: { select: { permissions: true } } } } },
  });
  return { id: user.id, isSuperuser: user.isSuperuser, permissions: user.roles.flatMap((r) => r.role.permissions) };
}

/** Refuses `action` on the account of `targetId` (an existing user) when the rules say so. */
export async function assertMayActOnUser(tx: Tx, actor: Actor, targetId: string, action: UserAction): Promise<void> {
  refuse(userActionRefusal(actor, await accessOf(tx, targetId), action));
}

/** Refuses giving a user roles (existing ids) whose permissions the actor does not all hold. */
export async function assertMayGrantRoles(tx: Tx, actor: Actor, roleIds: readonly string[]): Promise<void> {
  if (actor.isSuperuser || !roleIds.length) return;
  const roles = await tx.role.findMany({
    where: { id: { in: [...roleIds] } },
    select: { name: true, permissions: true },
    orderBy: { name: "asc" },
  });
  for (const role of roles) refuse(grantRefusal(actor, { role: role.name, permissions: role.permissions }));
}

/** Refuses putting into a role permissions the actor does not hold. */
export function assertMayGrantPermissions(actor: Actor, permissions: readonly string[]): void {
  refuse(grantRefusal(actor, { permissions }));
}

/** Refuses deleting a role with permissions the actor does not hold. */
export function assertMayDeleteRole(actor: Actor, role: { name: string; permissions: readonly string[] }): void {
  refuse(roleDeleteRefusal(actor, role));
}
