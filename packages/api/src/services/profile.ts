import type { Prisma } from "@soporte/db";

/** What a user may see of their own account. Never hashes. */
export const profileSelect = {
  id: true,
  email: true,
  username: true,
  fullName: true,
  bio: true,
  phone: true,
  locale: true,
  avatarColor: true,
  isSuperuser: true,
  createdAt: true,
  lastLoginAt: true,
  organization: { select: { id: true, name: true } },
  location: { select: { id: true, name: true } },
} as const satisfies Prisma.UserSelect;
