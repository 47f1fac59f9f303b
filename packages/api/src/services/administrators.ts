import type { Db } from "@soporte/db";
import { TRPCError } from "@trpc/server";
import type { z } from "zod";
import { hashPassword } from "../auth/password";
import { checkPasswordPolicy } from "../auth/password-policy";
import { createInnerContext, type RequestMeta } from "../context";
import { fieldError } from "../lib/errors";
import { unitOfWork, type Tx } from "../lib/unit-of-work";
import { registerSchema } from "../schemas/auth";
import { administratorWhere, lockAdministrators } from "./guard-rails";
import { assertUniqueIdentity } from "./users";

/** The same fields and rules as a registration. */
export const createAdministratorSchema = registerSchema;
export type CreateAdministratorInput = z.input<typeof createAdministratorSchema>;

export type CreateAdministratorOptions = {
  /** Add an administrator even though an active one exists. */
  force?: boolean;
  meta?: Partial<RequestMeta>;
};

/**
 * Checks an account for `createAdministrator` without touching the database: the schema, then the
 * password policy. Throws a field error (`fieldError`) for the first problem.
 */
export function parseAdministrator(input: CreateAdministratorInput) {
  const parsed = createAdministratorSchema.safeParse(input);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    throw fieldError(String(issue?.path[0] ?? "input"), "invalid", issue?.message ?? "Invalid input.");
  }
  checkPasswordPolicy(parsed.data.password, parsed.data);
  return parsed.data;
}

/**
 * Refuses while an active administrator exists. `createAdministrator` checks it in its transaction;
 * the command also checks it before asking anything.
 */
export async function assertNoActiveAdministrator(db: Db | Tx): Promise<void> {
  const existing = await db.user.findFirst({
    where: administratorWhere,
    select: { username: true },
    orderBy: { createdAt: "asc" },
  });
  if (existing) {
    throw new TRPCError({
      code: "PRECONDITION_FAILED",
      message: `An active administrator exists already ("${existing.username}"); use --force to add another.`,
    });
  }
}

/**
 * Creates an administrator (the built-in admin role and superuser) with its audit row, the system
 * being the actor. Meant for the first one (`pnpm admin:create`): while an active administrator
 * exists it refuses unless `force`, so the command cannot quietly add a second way in. An email or
 * username in use is refused either way; existing accounts are never changed.
 */
export async function createAdministrator(
  db: Db,
  input: CreateAdministratorInput,
  options: CreateAdministratorOptions = {},
) {
  const account = parseAdministrator(input);
  const passwordHash = await hashPassword(account.password);
  const ctx = createInnerContext({ db, meta: options.meta });
  return unitOfWork(ctx, async ({ tx, record }) => {
    await lockAdministrators(tx);
    if (!options.force) await assertNoActiveAdministrator(tx);
    await assertUniqueIdentity(tx, account);
    const role = await tx.role.findUnique({ where: { name: "admin" }, select: { id: true } });
    if (!role)
      throw new TRPCError({
        code: "PRECONDITION_FAILED",
        message: "The built-in admin role is missing: run `pnpm db:migrate` first.",
      });
    const user = await tx.user.create({
      data: {
        email: account.email,
        username: account.username,
        fullName: account.fullName,
        passwordHash,
        isSuperuser: true,
        roles: { create: { roleId: role.id } },
      },
      select: { id: true, email: true, username: true },
    });
    await record({
      action: "user.create",
      entityType: "user",
      entityId: user.id,
      actorId: null,
      changes: {
        email: { before: null, after: user.email },
        username: { before: null, after: user.username },
        roles: { before: [], after: ["admin"] },
        isSuperuser: { before: false, after: true },
      },
    });
    return user;
  });
}
