"use client";

import {
  grantRefusal,
  missingPermissions,
  roleDeleteRefusal,
  userActionRefusal,
  type UserAction,
} from "@soporte/api/delegation";
import { useTranslations } from "next-intl";
import { api } from "@/trpc/react";

/** A user as the admin lists have them: enough to tell what their roles give them. */
export type DelegationTarget = { id: string; isSuperuser: boolean; roles: readonly { id: string }[] };

type RoleAccess = { name: string; permissions: readonly string[] };

/** `admin.delegation.superuserOnly.*` and `admin.delegation.missing.*`, by action. */
const ACTION_KEYS = {
  "set-roles": "setRoles",
  "reset-password": "resetPassword",
  "set-active": "setActive",
  delete: "delete",
  "change-identity": "changeIdentity",
} as const satisfies Record<Exclude<UserAction, "set-superuser">, string>;

/**
 * What the signed-in administrator may not grant or do, by the API's own rules, so the UI can disable
 * those controls and say why (in the page's language: the API decides, the catalogue words it the
 * way `@soporte/api/delegation` does). Nothing is refused until the queries have loaded: the API
 * refuses regardless.
 */
export function useDelegation() {
  const t = useTranslations("admin.delegation");
  const me = api.me.get.useQuery(undefined, { staleTime: 60_000 });
  // What a user's roles give them (users.manage and roles.manage may both list roles).
  const roles = api.roles.list.useQuery(undefined, { staleTime: 60_000 });
  const actor = me.data ? { id: me.data.id, isSuperuser: me.data.isSuperuser, permissions: me.data.permissions } : null;

  return {
    holds(permission: string): boolean {
      return !actor || missingPermissions(actor, [permission]).length === 0;
    },
    roleRefusal(role: RoleAccess): string | null {
      if (!actor || !grantRefusal(actor, { role: role.name, permissions: role.permissions })) return null;
      return t("grantRole", { role: role.name, list: missingPermissions(actor, role.permissions).join(", ") });
    },
    roleDeleteRefusal(role: RoleAccess): string | null {
      if (!actor || !roleDeleteRefusal(actor, role)) return null;
      return t("deleteRole", { role: role.name, list: missingPermissions(actor, role.permissions).join(", ") });
    },
    userRefusal(target: DelegationTarget, action: UserAction): string | null {
      if (!actor || !roles.data) return null;
      const held = new Set(target.roles.map((role) => role.id));
      const permissions = roles.data.items.filter((role) => held.has(role.id)).flatMap((role) => role.permissions);
      const refusal = userActionRefusal(actor, { id: target.id, isSuperuser: target.isSuperuser, permissions }, action);
      if (!refusal) return null;
      // The same reasons, in the same order, as `userActionRefusal`.
      if (action === "set-superuser") return t("setSuperuser");
      const self = actor.id === target.id;
      if (self && action === "set-roles") return t("ownRoles");
      if (self && action === "reset-password") return t("ownPassword");
      if (target.isSuperuser && !actor.isSuperuser) return t(`superuserOnly.${ACTION_KEYS[action]}`);
      const missing = missingPermissions(actor, permissions);
      // A reason the catalogue does not know yet: the API's own words.
      return missing.length ? t(`missing.${ACTION_KEYS[action]}`, { list: missing.join(", ") }) : refusal;
    },
  };
}
