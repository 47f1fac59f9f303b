import type { Prisma } from "@soporte/db";
import type { TRPCRouterRecord } from "@trpc/server";
import { hashPassword } from "../auth/password";
import { liveSessionWhere } from "../auth/session-user";
import { checkPasswordPolicy } from "../auth/password-policy";
import { diff, unitOfWork, type Changes } from "../lib/unit-of-work";
import { decodeCursor, keysetAfter, pageOf, type CursorKind } from "../lib/pagination";
import { idSchema } from "../schemas/auth";
import {
  resetPasswordSchema,
  setActiveSchema,
  setRolesSchema,
  setSuperuserSchema,
  userCreateSchema,
  userListSchema,
  userPickerSchema,
  userUpdateSchema,
  type USER_SORTS,
} from "../schemas/admin";
import {
  adminUserListOutput,
  adminUserOutput,
  passwordResetOutput,
  userCreatedOutput,
  userDeletedOutput,
  userDetailOutput,
  userOptionListOutput,
} from "../schemas/outputs/accounts";
import { assertMayActOnUser, assertMayGrantRoles } from "../services/delegation";
import { assignableWhere } from "../services/helpdesk/assignees";
import { administratorWhere, assertAdministratorsRemain } from "../services/guard-rails";
import { revokeSessions } from "../services/sessions";
import {
  adminUserSelect,
  anonymise,
  assertReferencesExist,
  assertRolesExist,
  assertUniqueIdentity,
  findLiveUser,
  generatePassword,
  hasHistory,
  pickerSelect,
  toAdminUser,
} from "../services/users";
import { permissionProcedure } from "../trpc";

const manage = permissionProcedure("users.manage");
const lookUp = permissionProcedure("users.read");

function searchWhere(search: string | undefined): Prisma.UserWhereInput {
  if (!search) return {};
  const contains = { contains: search, mode: "insensitive" as const };
  return { OR: [{ fullName: contains }, { email: contains }, { username: contains }] };
}

/** A picker listing: live, active users matching `where`, by name, served on REST at `openapi.path`. */
function picker(
  where: Prisma.UserWhereInput,
  openapi: { path: `/users/${string}`; summary: string; description: string },
) {
  return lookUp
    .meta({
      openapi: {
        method: "GET",
        tags: ["users"],
        protect: true,
        ...openapi,
        description: `${openapi.description} Needs the users.read permission. Active users only, by name; \`search\` matches name, email or username.`,
      },
    })
    .input(userPickerSchema)
    .output(userOptionListOutput)
    .query(async ({ ctx, input }) => {
      const cursor = input.cursor ? decodeCursor(input.cursor, "string") : null;
      const rows = await ctx.db.user.findMany({
        where: {
          AND: [
            { active: true, anonymizedAt: null },
            where,
            searchWhere(input.search),
            cursor ? keysetAfter("fullName", "asc", cursor) : {},
          ],
        },
        orderBy: [{ fullName: "asc" }, { id: "asc" }],
        take: input.limit + 1,
        select: pickerSelect,
      });
      return pageOf(rows, input.limit, (row) => row.fullName);
    });
}

const SORT_KINDS = {
  createdAt: "date",
  fullName: "string",
  email: "string",
  username: "string",
} as const satisfies Record<(typeof USER_SORTS)[number], CursorKind>;

const adminRoleIds = async (db: Prisma.TransactionClient, roleIds: string[]) =>
  (await db.role.count({ where: { id: { in: roleIds }, name: "admin" } })) > 0;

export const usersRouter = {
  // The pickers come before `get`: REST matches paths in this order, and /users/{id} would take /users/staff.
  admins: picker(administratorWhere, {
    path: "/users/admins",
    summary: "Administrators, for a picker",
    description: "Users who administer (superusers and holders of the admin role).",
  }),
  /** Who works tickets: the assignee picker offers exactly the people `tickets.assign` accepts. */
  staff: picker(assignableWhere, {
    path: "/users/staff",
    summary: "Staff who work tickets, for a picker",
    description:
      "The people a ticket may be assigned to: superusers and users whose roles see every ticket (tickets.read.all).",
  }),
  requesters: picker(
    { roles: { some: { role: { name: "requester" } } } },
    {
      path: "/users/requesters",
      summary: "Requesters, for a picker",
      description: "Users with the requester role, whom a ticket may be opened for.",
    },
  ),

  list: manage
    .meta({
      openapi: {
        method: "GET",
        path: "/users",
        tags: ["users"],
        summary: "List users",
        description:
          "Needs the users.manage permission. Deleted (anonymised) users are left out. Filter with `search` (name, " +
          "email or username), `roleId`, `active` (true or false), `organizationId`, `locationId`; for the next page " +
          "send `nextCursor` back as `cursor` with the same filters and sort.",
        protect: true,
      },
    })
    .input(userListSchema)
    .output(adminUserListOutput)
    .query(async ({ ctx, input }) => {
      const cursor = input.cursor ? decodeCursor(input.cursor, SORT_KINDS[input.sort]) : null;
      const rows = await ctx.db.user.findMany({
        where: {
          AND: [
            { anonymizedAt: null },
            searchWhere(input.search),
            input.roleId ? { roles: { some: { roleId: input.roleId } } } : {},
            input.active === undefined ? {} : { active: input.active },
            input.organizationId ? { organizationId: input.organizationId } : {},
            input.locationId ? { locationId: input.locationId } : {},
            cursor ? keysetAfter(input.sort, input.direction, cursor) : {},
          ],
        },
        orderBy: [{ [input.sort]: input.direction }, { id: input.direction }],
        take: input.limit + 1,
        select: adminUserSelect,
      });
      const page = pageOf(rows, input.limit, (row) => row[input.sort]);
      return { items: page.items.map(toAdminUser), nextCursor: page.nextCursor };
    }),

  get: manage
    .meta({
      openapi: {
        method: "GET",
        path: "/users/{id}",
        tags: ["users"],
        summary: "One user with sessions and activity",
        description:
          "Needs the users.manage permission. With the user's live sessions (up to 50) and the last 20 audit " +
          "entries about or by them. A deleted user is a 404.",
        protect: true,
      },
    })
    .input(idSchema)
    .output(userDetailOutput)
    .query(async ({ ctx, input }) => {
      const user = toAdminUser(await findLiveUser(ctx.db, input.id));
      const [sessions, recentActivity] = await Promise.all([
        ctx.db.session.findMany({
          where: { userId: input.id, ...liveSessionWhere() },
          orderBy: { lastUsedAt: "desc" },
          take: 50,
          select: { id: true, kind: true, device: true, ip: true, createdAt: true, lastUsedAt: true },
        }),
        ctx.db.auditLog.findMany({
          where: { OR: [{ entityType: "user", entityId: input.id }, { actorId: input.id }] },
          orderBy: { id: "desc" },
          take: 20,
          select: {
            id: true,
            action: true,
            entityType: true,
            entityId: true,
            changes: true,
            ip: true,
            createdAt: true,
            actor: { select: { id: true, fullName: true } },
          },
        }),
      ]);
      return {
        ...user,
        sessions: sessions.map((session) => ({ ...session, current: session.id === ctx.auth.sessionId })),
        // `changes` is JSON written only by `record()`, always in its `Changes` shape.
        recentActivity: recentActivity.map((entry) => ({
          ...entry,
          id: entry.id.toString(),
          changes: entry.changes as Changes,
        })),
      };
    }),

  create: manage
    .meta({
      openapi: {
        method: "POST",
        path: "/users",
        tags: ["users"],
        summary: "Create a user",
        description:
          "Needs the users.manage permission; only roles whose permissions the caller holds may be given (a " +
          "superuser may give any). Without `password` a strong one is generated and answered once as " +
          "`generatedPassword`. A taken email or username is a 409 naming the field.",
        protect: true,
      },
    })
    .input(userCreateSchema)
    .output(userCreatedOutput)
    .mutation(async ({ ctx, input }) => {
      const generated = input.password ? null : generatePassword();
      const password = input.password ?? generated!;
      if (!generated) checkPasswordPolicy(password, input);
      await assertUniqueIdentity(ctx.db, input);
      await assertRolesExist(ctx.db, input.roleIds);
      await assertReferencesExist(ctx.db, input);
      // Roles given at creation are granted like any others.
      await assertMayGrantRoles(ctx.db, ctx.auth.user, input.roleIds);
      const passwordHash = await hashPassword(password);
      const user = await unitOfWork(ctx, async ({ tx, record }) => {
        const created = await tx.user.create({
          data: {
            email: input.email,
            username: input.username,
            fullName: input.fullName,
            passwordHash,
            organizationId: input.organizationId ?? null,
            locationId: input.locationId ?? null,
            roles: { create: input.roleIds.map((roleId) => ({ roleId })) },
          },
          select: adminUserSelect,
        });
        await record({
          action: "user.create",
          entityType: "user",
          entityId: created.id,
          changes: {
            email: { before: null, after: created.email },
            username: { before: null, after: created.username },
            roles: { before: [], after: created.roles.map((r) => r.role.name) },
          },
        });
        return created;
      });
      return { user: toAdminUser(user), generatedPassword: generated };
    }),

  update: manage
    .meta({
      openapi: {
        method: "PATCH",
        path: "/users/{id}",
        tags: ["users"],
        summary: "Edit a user",
        description:
          "Needs the users.manage permission. Send only the fields to change; `organizationId` and `locationId` " +
          "take null to clear them. Changing the email or username of a superuser takes a superuser, and of a user " +
          "holding permissions the caller lacks is refused. A taken email or username is a 409 naming the field.",
        protect: true,
      },
    })
    .input(userUpdateSchema)
    .output(adminUserOutput)
    .mutation(async ({ ctx, input }) => {
      const { id, ...changes } = input;
      return unitOfWork(ctx, async ({ tx, record }) => {
        const before = await findLiveUser(tx, id);
        // A new email or username is how an account is taken over (a reset link, a sign-in name).
        const changesIdentity =
          (changes.email !== undefined && changes.email !== before.email) ||
          (changes.username !== undefined && changes.username !== before.username);
        if (changesIdentity) await assertMayActOnUser(tx, ctx.auth.user, id, "change-identity");
        await assertUniqueIdentity(tx, changes, id);
        await assertReferencesExist(tx, changes);
        const after = await tx.user.update({ where: { id }, data: changes, select: adminUserSelect });
        const flatBefore = {
          ...before,
          organizationId: before.organization?.id ?? null,
          locationId: before.location?.id ?? null,
        };
        const changed = diff(flatBefore, changes);
        if (Object.keys(changed).length)
          await record({ action: "user.update", entityType: "user", entityId: id, changes: changed });
        return toAdminUser(after);
      });
    }),

  /** Disabling ends every session of the user at once. */
  setActive: manage
    .meta({
      openapi: {
        method: "PUT",
        path: "/users/{id}/active",
        tags: ["users"],
        summary: "Disable or enable a user",
        description:
          "Needs the users.manage permission. A disabled user cannot sign in, and all their sessions end at once. " +
          "Only a superuser disables or enables a superuser; a user holding permissions the caller lacks is refused. " +
          "Nobody disables themselves or the last active administrator (412).",
        protect: true,
      },
    })
    .input(setActiveSchema)
    .output(adminUserOutput)
    .mutation(async ({ ctx, input }) => {
      return unitOfWork(ctx, async ({ tx, record }) => {
        const user = await findLiveUser(tx, input.id);
        await assertMayActOnUser(tx, ctx.auth.user, input.id, "set-active");
        if (user.active === input.active) return toAdminUser(user);
        const isAdminRole = user.roles.some((r) => r.role.name === "admin");
        await assertAdministratorsRemain(tx, {
          actorId: ctx.auth.user.id,
          targetId: input.id,
          after: { active: input.active, isSuperuser: user.isSuperuser, isAdminRole },
        });
        const after = await tx.user.update({
          where: { id: input.id },
          data: { active: input.active },
          select: adminUserSelect,
        });
        if (!input.active) await revokeSessions(tx, { userId: input.id }, "user disabled");
        await record({
          action: input.active ? "user.enable" : "user.disable",
          entityType: "user",
          entityId: input.id,
          changes: { active: { before: user.active, after: input.active } },
        });
        return toAdminUser(after);
      });
    }),

  setSuperuser: manage
    .meta({
      openapi: {
        method: "PUT",
        path: "/users/{id}/superuser",
        tags: ["users"],
        summary: "Grant or remove superuser",
        description:
          "Superusers only (and the users.manage permission). A superuser passes every permission check. Nobody " +
          "removes their own superuser, or the last active administrator's (412).",
        protect: true,
      },
    })
    .input(setSuperuserSchema)
    .output(adminUserOutput)
    .mutation(async ({ ctx, input }) => {
      return unitOfWork(ctx, async ({ tx, record }) => {
        const user = await findLiveUser(tx, input.id);
        await assertMayActOnUser(tx, ctx.auth.user, input.id, "set-superuser");
        if (user.isSuperuser === input.isSuperuser) return toAdminUser(user);
        const isAdminRole = user.roles.some((r) => r.role.name === "admin");
        await assertAdministratorsRemain(tx, {
          actorId: ctx.auth.user.id,
          targetId: input.id,
          after: { active: user.active, isSuperuser: input.isSuperuser, isAdminRole },
        });
        const after = await tx.user.update({
          where: { id: input.id },
          data: { isSuperuser: input.isSuperuser },
          select: adminUserSelect,
        });
        await record({
          action: "user.set_superuser",
          entityType: "user",
          entityId: input.id,
          changes: { isSuperuser: { before: user.isSuperuser, after: input.isSuperuser } },
        });
        return toAdminUser(after);
      });
    }),

  setRoles: manage
    .meta({
      openapi: {
        method: "PUT",
        path: "/users/{id}/roles",
        tags: ["users"],
        summary: "Set a user's roles",
        description:
          "Needs the users.manage permission. `roleIds` is the whole new set: roles left out are removed. Only " +
          "roles whose permissions the caller holds may be given (a superuser may give any); nobody changes their " +
          "own roles; a superuser's roles, or those of a user holding permissions the caller lacks, are refused. " +
          "The last active administrator keeps the admin role (412).",
        protect: true,
      },
    })
    .input(setRolesSchema)
    .output(adminUserOutput)
    .mutation(async ({ ctx, input }) => {
      const roleIds = [...new Set(input.roleIds)];
      await assertRolesExist(ctx.db, roleIds);
      return unitOfWork(ctx, async ({ tx, record }) => {
        const user = await findLiveUser(tx, input.id);
        await assertMayActOnUser(tx, ctx.auth.user, input.id, "set-roles");
        await assertMayGrantRoles(tx, ctx.auth.user, roleIds);
        await assertAdministratorsRemain(tx, {
          actorId: ctx.auth.user.id,
          targetId: input.id,
          after: { active: user.active, isSuperuser: user.isSuperuser, isAdminRole: await adminRoleIds(tx, roleIds) },
        });
        await tx.userRole.deleteMany({ where: { userId: input.id, roleId: { notIn: roleIds } } });
        await tx.userRole.createMany({
          data: roleIds.map((roleId) => ({ userId: input.id, roleId })),
          skipDuplicates: true,
        });
        const after = await tx.user.findUniqueOrThrow({ where: { id: input.id }, select: adminUserSelect });
        const names = (u: typeof user) => u.roles.map((r) => r.role.name);
        if (names(user).join() !== names(after).join()) {
          await record({
            action: "user.set_roles",
            entityType: "user",
            entityId: input.id,
            changes: { roles: { before: names(user), after: names(after) } },
          });
        }
        return toAdminUser(after);
      });
    }),

  /** Sets a new password (or generates one, returned once) and ends the user's sessions. */
  resetPassword: manage
    .meta({
      openapi: {
        method: "POST",
        path: "/users/{id}/password-reset",
        tags: ["users"],
        summary: "Set a new password for a user",
        description:
          "Needs the users.manage permission. Sets `password`, or without it generates one, answered once as " +
          "`generatedPassword`; all the user's sessions end. Only a superuser resets a superuser's password; a user " +
          "holding permissions the caller lacks is refused; one's own password is changed at PUT /me/password.",
        protect: true,
      },
    })
    .input(resetPasswordSchema)
    .output(passwordResetOutput)
    .mutation(async ({ ctx, input }) => {
      const user = await findLiveUser(ctx.db, input.id);
      // Checked before the slow hash, and again in the transaction in case the target changed meanwhile.
      await assertMayActOnUser(ctx.db, ctx.auth.user, input.id, "reset-password");
      const generated = input.password ? null : generatePassword();
      const password = input.password ?? generated!;
      if (!generated) checkPasswordPolicy(password, user);
      const passwordHash = await hashPassword(password);
      await unitOfWork(ctx, async ({ tx, record }) => {
        await findLiveUser(tx, input.id);
        await assertMayActOnUser(tx, ctx.auth.user, input.id, "reset-password");
        await tx.user.update({ where: { id: input.id }, data: { passwordHash } });
        await revokeSessions(tx, { userId: input.id }, "password reset by an administrator");
        await record({ action: "user.reset_password", entityType: "user", entityId: input.id });
      });
      return { generatedPassword: generated };
    }),

  /** Deletes the user, or anonymises them when tickets, comments, messages or audit entries refer to them. */
  delete: manage
    .meta({
      openapi: {
        method: "DELETE",
        path: "/users/{id}",
        tags: ["users"],
        summary: "Delete a user",
        description:
          "Needs the users.manage permission. A user whom tickets, comments, messages or audit entries refer to is " +
          "anonymised instead (`anonymised: true`): emptied of everything personal, signed out and closed. Only a " +
          "superuser deletes a superuser; nobody deletes themselves or the last active administrator (412).",
        protect: true,
      },
    })
    .input(idSchema)
    .output(userDeletedOutput)
    .mutation(async ({ ctx, input }) => {
      return unitOfWork(ctx, async ({ tx, record }) => {
        const user = await findLiveUser(tx, input.id);
        await assertMayActOnUser(tx, ctx.auth.user, input.id, "delete");
        await assertAdministratorsRemain(tx, {
          actorId: ctx.auth.user.id,
          targetId: input.id,
          after: { active: false, isSuperuser: false, isAdminRole: false },
        });
        const keep = await hasHistory(tx, input.id);
        if (keep) await anonymise(tx, input.id);
        else await tx.user.delete({ where: { id: input.id } });
        await record({
          action: keep ? "user.anonymise" : "user.delete",
          entityType: "user",
          entityId: input.id,
          changes: { email: { before: user.email, after: null }, username: { before: user.username, after: null } },
        });
        return { id: input.id, anonymised: keep };
      });
    }),
} satisfies TRPCRouterRecord;
