"use client";

import {
  grantRefusal,
  missingPermissions,
  roleDeleteRefusal,
  userActionRefusal,
  type UserAction,
} from "@soporte/api/delegation";
import { api } from "@/trpc/react";

/** A user as the admin lists have them: enough to tell what their roles give them. */
export type DelegationTarget = { id: string; isSuperuser: boolean; roles: readonly { id: string }[] };

type RoleAccess = { name: string; permissions: readonly string[] };

/**
 * What the signed-in administrator may not grant or do, by the API's own rules and in its words, so
 * the UI can disable those controls and say why. Nothing is refused until the queries have loaded:
 * the API refuses regardless.
 */
export function useDelegation() {
  const me = api.me.get.useQuery(undefined, { staleTime: 60_000 });
  // What a user's roles give them (users.manage and roles.manage may both list roles).
  const roles = api.roles.list.useQuery(undefined, { staleTime: 60_000 });
  const actor = me.data ? { id: me.data.id, isSuperuser: me.data.isSuperuser, permissions: me.data.permissions } : null;

  return {
    holds(permission: string): boolean {
      return !actor || missingPermissions(actor, [permission]).length === 0;
    },
    roleRefusal(role: RoleAccess): string | null {
      return actor ? grantRefusal(actor, { role: role.name, permissions: role.permissions }) : null;
    },
    roleDeleteRefusal(role: RoleAccess): string | null {
      return actor ? roleDeleteRefusal(actor, role) : null;
    },
    userRefusal(target: DelegationTarget, action: UserAction): string | null {
      if (!actor || !roles.data) return null;
      const held = new Set(target.roles.map((role) => role.id));
      const permissions = roles.data.items.filter((role) => held.has(role.id)).flatMap((role) => role.permissions);
      return userActionRefusal(actor, { id: target.id, isSuperuser: target.isSuperuser, permissions }, action);
    },
  };
}
