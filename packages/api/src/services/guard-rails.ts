import type { Prisma } from "@soporte/db";
import { TRPCError } from "@trpc/server";

type Tx = Prisma.TransactionClient;

// Serialises changes to who is an administrator, so two admins demoting each other at once
// cannot leave none, and two `pnpm admin:create` at once cannot both see none.
const ADMIN_GUARD_LOCK = 72707371;

/** Holds the administrators lock until the transaction ends. */
export async function lockAdministrators(tx: Tx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADMIN_GUARD_LOCK})`;
}

/** Active administrators: superusers and holders of the built-in admin role. */
export const administratorWhere = {
  active: true,
  anonymizedAt: null,
  OR: [{ isSuperuser: true }, { roles: { some: { role: { name: "admin" } } } }],
} satisfies Prisma.UserWhereInput;

export type AdminChange = {
  actorId: string;
  targetId: string;
  /** what the target looks like afterwards */ after: { active: boolean; isSuperuser: boolean; isAdminRole: boolean };
};

/**
 * Refuses a change that would leave no active administrator, or take the actor's own
 * administrator rights away. Call inside the transaction that makes the change.
 */
export async function assertAdministratorsRemain(tx: Tx, change: AdminChange): Promise<void> {
  await lockAdministrators(tx);
  const target = await tx.user.findUniqueOrThrow({
    where: { id: change.targetId },
    select: { active: true, isSuperuser: true, roles: { select: { role: { select: { name: true } } } } },
  });
  const wasAdmin = target.active && (target.isSuperuser || target.roles.some((r) => r.role.name === "admin"));
  const losesSuperuser = target.isSuperuser && !change.after.isSuperuser;
  const losesAdminRole = target.roles.some((r) => r.role.name === "admin") && !change.after.isAdminRole;
  const losesAccess = target.active && !change.after.active;
  if (change.actorId === change.targetId && (losesSuperuser || losesAdminRole || losesAccess)) {
    throw new TRPCError({
      code: "PRECONDITION_FAILED",
      message: "You cannot remove your own administrator rights or disable yourself. Ask another administrator.",
    });
  }
  const staysAdmin = change.after.active && (change.after.isSuperuser || change.after.isAdminRole);
  if (wasAdmin && !staysAdmin) {
    const others = await tx.user.count({ where: { ...administratorWhere, id: { not: change.targetId } } });
    if (others === 0) {
      throw new TRPCError({
        code: "PRECONDITION_FAILED",
        message: "This is the last active administrator. Make someone else an administrator first.",
      });
    }
  }
}
