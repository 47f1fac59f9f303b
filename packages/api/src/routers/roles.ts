import type { TRPCRouterRecord } from "@trpc/server";
import type { Db } from "@soporte/db";
import { TRPCError } from "@trpc/server";
import { diff, unitOfWork, type Tx } from "../lib/unit-of-work";
import { fieldError } from "../lib/errors";
import { ALL_PERMISSIONS, PERMISSION_AREAS, PERMISSIONS, type Permission, type PermissionArea } from "../permissions";
import { idSchema } from "../schemas/auth";
import { roleCreateSchema, roleDeleteSchema, roleUpdateSchema } from "../schemas/admin";
import { permissionCatalogOutput, roleDeletedOutput, roleListOutput, roleOutput } from "../schemas/outputs/accounts";
import { assertMayDeleteRole, assertMayGrantPermissions } from "../services/delegation";
import { permissionProcedure } from "../trpc";

const manage = permissionProcedure("roles.manage");

const roleSelect = {
  id: true,
  name: true,
  description: true,
  builtIn: true,
  permissions: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { users: true } },
} as const;

/** The admin role must keep what it takes to administer, or nobody could undo the change. */
const ADMIN_ESSENTIALS: Permission[] = ["users.manage", "roles.manage"];

function toRole<T extends { _count: { users: number } }>({ _count, ...role }: T) {
  return { ...role, memberCount: _count.users };
}

async function assertNameFree(db: Tx | Db, name: string, exceptId?: string) {
  const taken = await db.role.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
  });
  if (taken)
    throw fieldError("name", "nameTaken", "A role with this name already exists.", { code: "CONFLICT", kind: "role" });
}

export const rolesRouter = {
  /** Also for user managers: they assign roles and filter users by role. */
  list: permissionProcedure("roles.manage", "users.manage")
    .meta({
      openapi: {
        method: "GET",
        path: "/roles",
        tags: ["roles"],
        summary: "List roles",
        description:
          "Needs the roles.manage or the users.manage permission. Every role (at most 500), built-in ones first, " +
          "with its permissions and how many users hold it; `nextCursor` is always null.",
        protect: true,
      },
    })
    .output(roleListOutput)
    .query(async ({ ctx }) => {
      const roles = await ctx.db.role.findMany({
        orderBy: [{ builtIn: "desc" }, { name: "asc" }],
        select: roleSelect,
        take: 500,
      });
      return { items: roles.map(toRole), nextCursor: null };
    }),

  /**
   * The catalogue of permission names, with labels and descriptions, grouped by area. Before `get`:
   * REST matches paths in router order, and /roles/{id} would take /roles/permissions.
   */
  permissions: manage
    .meta({
      openapi: {
        method: "GET",
        path: "/roles/permissions",
        tags: ["roles"],
        summary: "The permissions a role may grant",
        description:
          "Needs the roles.manage permission. Every permission name, with its label and description in English and " +
          "Spanish, grouped by area.",
        protect: true,
      },
    })
    .output(permissionCatalogOutput)
    .query(() => ({
      areas: Object.entries(PERMISSION_AREAS).map(([area, label]) => ({
        area: area as PermissionArea,
        label,
        permissions: ALL_PERMISSIONS.filter((name) => PERMISSIONS[name].area === area).map((name) => ({
          name,
          label: PERMISSIONS[name].label,
          description: PERMISSIONS[name].description,
        })),
      })),
    })),

  get: manage
    .meta({
      openapi: {
        method: "GET",
        path: "/roles/{id}",
        tags: ["roles"],
        summary: "One role",
        description: "Needs the roles.manage permission. With its permissions and how many users hold it.",
        protect: true,
      },
    })
    .input(idSchema)
    .output(roleOutput)
    .query(async ({ ctx, input }) => {
      const role = await ctx.db.role.findUnique({ where: { id: input.id }, select: roleSelect });
      if (!role) throw new TRPCError({ code: "NOT_FOUND", message: "No such role." });
      return toRole(role);
    }),

  create: manage
    .meta({
      openapi: {
        method: "POST",
        path: "/roles",
        tags: ["roles"],
        summary: "Create a role",
        description:
          "Needs the roles.manage permission, and the caller must hold every permission put in the role (a " +
          "superuser may put any). A name in use (case-insensitively) is a 409 naming the field.",
        protect: true,
      },
    })
    .input(roleCreateSchema)
    .output(roleOutput)
    .mutation(async ({ ctx, input }) => {
      assertMayGrantPermissions(ctx.auth.user, input.permissions);
      await assertNameFree(ctx.db, input.name);
      return unitOfWork(ctx, async ({ tx, record }) => {
        const role = await tx.role.create({
          data: {
            name: input.name,
            description: input.description ?? "",
            permissions: [...new Set(input.permissions)].sort(),
          },
          select: roleSelect,
        });
        await record({
          action: "role.create",
          entityType: "role",
          entityId: role.id,
          changes: { name: { before: null, after: role.name }, permissions: { before: [], after: role.permissions } },
        });
        return toRole(role);
      });
    }),

  update: manage
    .meta({
      openapi: {
        method: "PATCH",
        path: "/roles/{id}",
        tags: ["roles"],
        summary: "Edit a role",
        description:
          "Needs the roles.manage permission. Send only the fields to change; `permissions` is the whole new list. " +
          "Permissions added must all be held by the caller (a superuser may add any); removing needs no more. " +
          "Built-in roles cannot be renamed, and the admin role keeps users.manage and roles.manage.",
        protect: true,
      },
    })
    .input(roleUpdateSchema)
    .output(roleOutput)
    .mutation(async ({ ctx, input }) => {
      const { id, ...fields } = input;
      return unitOfWork(ctx, async ({ tx, record }) => {
        const before = await tx.role.findUnique({ where: { id }, select: roleSelect });
        if (!before) throw new TRPCError({ code: "NOT_FOUND", message: "No such role." });
        const permissions = fields.permissions ? [...new Set(fields.permissions)].sort() : undefined;
        // Adding is granting; taking a permission away from a role is not.
        if (permissions)
          assertMayGrantPermissions(
            ctx.auth.user,
            permissions.filter((p) => !before.permissions.includes(p)),
          );
        if (fields.name !== undefined && fields.name !== before.name) {
          if (before.builtIn) throw fieldError("name", "builtInRoleRename", "Built-in roles cannot be renamed.");
          await assertNameFree(tx, fields.name, id);
        }
        if (before.name === "admin" && permissions && ADMIN_ESSENTIALS.some((p) => !permissions.includes(p))) {
          throw fieldError(
            "permissions",
            "adminRoleEssentials",
            `The admin role must keep ${ADMIN_ESSENTIALS.join(" and ")}.`,
            {
              permissions: ADMIN_ESSENTIALS.join(", "),
            },
          );
        }
        const after = await tx.role.update({
          where: { id },
          data: { ...fields, ...(permissions ? { permissions } : {}) },
          select: roleSelect,
        });
        const changes = diff(
          { name: before.name, description: before.description },
          { name: fields.name, description: fields.description },
        );
        if (permissions && permissions.join() !== before.permissions.join())
          changes.permissions = { before: before.permissions, after: permissions };
        if (Object.keys(changes).length)
          await record({ action: "role.update", entityType: "role", entityId: id, changes });
        return toRole(after);
      });
    }),

  /** Built-in roles cannot be deleted; a role still assigned needs `force` and is removed from its users. */
  delete: manage
    .meta({
      openapi: {
        method: "DELETE",
        path: "/roles/{id}",
        tags: ["roles"],
        summary: "Delete a role",
        description:
          "Needs the roles.manage permission, and the caller must hold every permission of the role (a superuser " +
          "may delete any). Built-in roles cannot be deleted (412). A role still held by users is a 409 unless " +
          "`force=true`, which removes it from them.",
        protect: true,
      },
    })
    .input(roleDeleteSchema)
    .output(roleDeletedOutput)
    .mutation(async ({ ctx, input }) => {
      return unitOfWork(ctx, async ({ tx, record }) => {
        const role = await tx.role.findUnique({ where: { id: input.id }, select: roleSelect });
        if (!role) throw new TRPCError({ code: "NOT_FOUND", message: "No such role." });
        if (role.builtIn)
          throw new TRPCError({ code: "PRECONDITION_FAILED", message: "Built-in roles cannot be deleted." });
        assertMayDeleteRole(ctx.auth.user, role);
        const members = role._count.users;
        if (members > 0 && !input.force) {
          throw new TRPCError({
            code: "CONFLICT",
            message: `The role "${role.name}" is assigned to ${members} user${members === 1 ? "" : "s"}. Confirm to remove it from them and delete it.`,
          });
        }
        await tx.role.delete({ where: { id: input.id } });
        await record({
          action: "role.delete",
          entityType: "role",
          entityId: role.id,
          changes: { name: { before: role.name, after: null }, members: { before: members, after: 0 } },
        });
        return { id: role.id, removedFromUsers: members };
      });
    }),
} satisfies TRPCRouterRecord;
