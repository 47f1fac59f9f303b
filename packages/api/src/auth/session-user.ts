import type { Db } from "@soporte/db";
import { isPermission, type Permission } from "../permissions";

export const sessionUserSelect = {
  id: true,
  email: true,
  username: true,
  fullName: true,
  locale: true,
  avatarColor: true,
  isSuperuser: true,
  active: true,
  roles: { select: { role: { select: { name: true, permissions: true } } } },
} as const;

const LAST_USED_PRECISION_MS = 60_000;

export type SessionUser = {
  id: string;
  email: string;
  username: string;
  fullName: string;
  locale: string;
  avatarColor: string;
  isSuperuser: boolean;
  roles: string[];
  permissions: Permission[];
};

export type AuthSession = { sessionId: string; user: SessionUser };

/**
 * Resolves a session id (from an access token or a browser cookie) to its user with effective
 * permissions, read fresh on every request so revocation, disabling and role changes apply at once.
 */
export async function loadSession(db: Db, sessionId: string, now = new Date()): Promise<AuthSession | null> {
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: { revokedAt: true, expiresAt: true, lastUsedAt: true, user: { select: sessionUserSelect } },
  });
  if (!session || session.revokedAt || session.expiresAt <= now || !session.user.active) return null;
  // "Last used" is shown in the sessions list; a minute's precision spares a write per request.
  if (now.getTime() - session.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
    await db.session.updateMany({ where: { id: sessionId, lastUsedAt: session.lastUsedAt }, data: { lastUsedAt: now } });
  }
  const { roles, active: _active, ...user } = session.user;
  const permissions = new Set<Permission>();
  for (const { role } of roles) for (const name of role.permissions) if (isPermission(name)) permissions.add(name);
  return {
    sessionId,
    user: { ...user, roles: roles.map(({ role }) => role.name).sort(), permissions: [...permissions].sort() },
  };
}

export function hasPermission(user: SessionUser, permission: Permission): boolean {
  return user.isSuperuser || user.permissions.includes(permission);
}
