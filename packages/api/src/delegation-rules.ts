// Who may hand out which access: the rules against privilege escalation by delegated administrators.
// Pure functions of the actor and the target, so the API enforces them (services/delegation.ts) and
// the admin UI explains them (`@soporte/api/delegation`) from the same code and the same words.
import { isPermission, type Permission } from "./permissions";

/** A user as far as access goes: superuser or not, and the union of their roles' permissions. */
export type AccessHolder = { id: string; isSuperuser: boolean; permissions: readonly string[] };

/** What an administrator does to another user's account. */
export type UserAction = "set-superuser" | "set-roles" | "reset-password" | "set-active" | "delete" | "change-identity";

const PHRASES: Record<Exclude<UserAction, "set-superuser">, { superuser: string; other: string }> = {
  "set-roles": { superuser: "change a superuser's roles", other: "change their roles" },
  "reset-password": { superuser: "reset a superuser's password", other: "reset their password" },
  "set-active": { superuser: "disable or enable a superuser", other: "disable or enable them" },
  delete: { superuser: "delete a superuser", other: "delete them" },
  "change-identity": { superuser: "change a superuser's email or username", other: "change their email or username" },
};

/** The permissions among `wanted` that `actor` does not hold (none for a superuser), sorted. */
export function missingPermissions(actor: Omit<AccessHolder, "id">, wanted: readonly string[]): Permission[] {
  if (actor.isSuperuser) return [];
  // Names no longer in the catalogue grant nothing, so they do not count.
  return [...new Set(wanted.filter(isPermission))].filter((name) => !actor.permissions.includes(name)).sort();
}

/** Why `actor` may not grant a role with these permissions (or create / widen one), or null if they may. */
export function grantRefusal(
  actor: Omit<AccessHolder, "id">,
  grant: { permissions: readonly string[]; role?: string },
): string | null {
  const missing = missingPermissions(actor, grant.permissions);
  if (!missing.length) return null;
  const list = missing.join(", ");
  return grant.role === undefined
    ? `You cannot grant permissions you do not hold yourself: ${list}.`
    : `You cannot grant the role "${grant.role}": it includes permissions you do not hold yourself (${list}).`;
}

/**
 * Why `actor` may not do `action` to `target`'s account, or null if they may. Only a superuser
 * grants or removes superuser, or acts on a superuser; nobody changes their own roles or resets
 * their own password here; and nobody acts on a user who holds permissions they do not, since
 * taking over or re-roling that account would hand them those permissions.
 */
export function userActionRefusal(actor: AccessHolder, target: AccessHolder, action: UserAction): string | null {
  if (action === "set-superuser") return actor.isSuperuser ? null : "Only a superuser can grant or remove superuser.";
  const self = actor.id === target.id;
  if (self && action === "set-roles") return "You cannot change your own roles. Ask another administrator.";
  if (self && action === "reset-password")
    return "Change your own password under Account → Password: it asks for your current one.";
  if (target.isSuperuser && !actor.isSuperuser) return `Only a superuser can ${PHRASES[action].superuser}.`;
  const missing = missingPermissions(actor, target.permissions);
  if (!missing.length) return null;
  return `This user holds permissions you do not (${missing.join(", ")}), so you cannot ${PHRASES[action].other}.`;
}

/** Why `actor` may not delete `role`: a role they could not have created, they may not take away from its members. */
export function roleDeleteRefusal(
  actor: Omit<AccessHolder, "id">,
  role: { name: string; permissions: readonly string[] },
): string | null {
  const missing = missingPermissions(actor, role.permissions);
  if (!missing.length) return null;
  return `You cannot delete the role "${role.name}": it includes permissions you do not hold yourself (${missing.join(", ")}).`;
}
