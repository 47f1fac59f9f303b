// Output schemas of the auth, me, sessions, users, roles, organizations, locations, catalogs, settings
// and health routers. They name every field a procedure returns: a field left out here is stripped from
// the answer. Never hashes.
import { z } from "zod";
import { ALL_PERMISSIONS, PERMISSION_AREAS, type Permission, type PermissionArea } from "../../permissions";
import { dateTime, namedSchema, pageOf, uuid } from "./common";

const email = z.string().meta({ format: "email", example: "sofia.martinez@example.com" });
const username = z.string().meta({ example: "sofia.martinez" });
const fullName = z.string().meta({ example: "Sofía Martínez" });
const avatarColor = z.string().meta({ description: "A colour as #rrggbb.", example: "#4f46e5" });
const count = z.number().int().min(0);

const permissionName = z
  .enum(ALL_PERMISSIONS as [Permission, ...Permission[]])
  .meta({ id: "PermissionName", example: "tickets.assign" });

/** A role name: built-in ones are admin, agent and requester. */
const roleName = z.string().meta({ example: "agent" });

// ───────────────────────────── accounts ─────────────────────────────

/** What a user sees of their own account (`profileSelect`). */
export const profileOutput = z
  .object({
    id: uuid,
    email,
    username,
    fullName,
    bio: z.string(),
    phone: z.string().meta({ example: "+34 600 123 456" }),
    locale: z.string().meta({ description: "The interface language: en or es.", example: "es" }),
    avatarColor,
    isSuperuser: z.boolean(),
    createdAt: dateTime,
    lastLoginAt: dateTime.nullable(),
    organization: namedSchema.nullable(),
    location: namedSchema.nullable(),
  })
  .meta({ id: "Profile" });

/** `me.permissions`: roles by name and the permissions they grant together. */
export const myPermissionsOutput = z
  .object({
    isSuperuser: z.boolean().meta({ description: "A superuser passes every permission check." }),
    roles: z.array(roleName),
    permissions: z.array(permissionName),
  })
  .meta({ id: "MyPermissions" });

/** `me.get`: the profile with roles and effective permissions. */
export const currentUserOutput = profileOutput
  .extend({ roles: myPermissionsOutput.shape.roles, permissions: myPermissionsOutput.shape.permissions })
  .meta({ id: "CurrentUser" });

export const tokenPairOutput = z
  .object({
    accessToken: z.string().meta({ description: "Send as `Authorization: Bearer <accessToken>`." }),
    refreshToken: z.string().meta({ description: "Single use: exchange it at POST /auth/refresh for a new pair." }),
    accessTokenExpiresAt: dateTime,
  })
  .meta({ id: "TokenPair" });

export const loginResultOutput = tokenPairOutput.extend({ user: profileOutput }).meta({ id: "LoginResult" });

/** How many sessions a sign-out or revocation ended. */
export const revokedOutput = z.object({ revoked: count });

export const passwordChangedOutput = z.object({ otherSessionsRevoked: count });

// ───────────────────────────── sessions ─────────────────────────────

const sessionKind = z.enum(["api", "web"]).meta({ description: "api: a token pair; web: a browser sign-in." });

const sessionFields = {
  id: uuid,
  kind: sessionKind,
  device: z.string().meta({ description: "The label given at sign-in; may be empty.", example: "Work laptop" }),
  ip: z.string().meta({ description: "The last address it was used from; may be empty.", example: "203.0.113.7" }),
  createdAt: dateTime,
  lastUsedAt: dateTime,
  current: z.boolean().meta({ description: "Whether this is the session making the request." }),
};

export const sessionOutput = z
  .object({ ...sessionFields, userAgent: z.string(), expiresAt: dateTime })
  .meta({ id: "Session" });

export const sessionListOutput = pageOf(sessionOutput);

// ───────────────────────────── users ─────────────────────────────

/** What admins see of a user in lists and details (`adminUserSelect`). */
export const adminUserOutput = profileOutput
  .extend({ active: z.boolean(), updatedAt: dateTime, roles: z.array(namedSchema) })
  .meta({ id: "AdminUser" });

export const adminUserListOutput = pageOf(adminUserOutput);

/** `{ field: { before, after } }` for the fields an audited action changed (a side may be absent). */
const changesSchema = z
  .record(z.string(), z.object({ before: z.unknown().optional(), after: z.unknown().optional() }))
  .meta({ example: { fullName: { before: "Sofia Martinez", after: "Sofía Martínez" } } });

export const userActivityOutput = z.object({
  id: z.string().meta({ description: "The audit entry's serial number, as text.", example: "1042" }),
  action: z.string().meta({ example: "user.update" }),
  entityType: z.string().meta({ example: "user" }),
  entityId: z.string(),
  changes: changesSchema,
  ip: z.string(),
  createdAt: dateTime,
  actor: z.object({ id: uuid, fullName }).nullable().meta({ description: "Null for the system." }),
});

export const userDetailOutput = adminUserOutput
  .extend({
    sessions: z.array(z.object(sessionFields)).meta({ description: "Live sessions, most recently used first." }),
    recentActivity: z.array(userActivityOutput).meta({ description: "The last audit entries about or by the user." }),
  })
  .meta({ id: "UserDetail" });

/** A user offered by a picker (assignee, requester). */
export const userOptionOutput = z.object({ id: uuid, fullName, username, avatarColor }).meta({ id: "UserOption" });

export const userOptionListOutput = pageOf(userOptionOutput);

const generatedPassword = z.string().nullable().meta({
  description:
    "The password generated when none was sent: shown this once, never stored in clear. Null when one was sent.",
  example: "q3V9sKx2mB7tLw4pR8nZ",
});

export const userCreatedOutput = z.object({ user: adminUserOutput, generatedPassword }).meta({ id: "UserCreated" });

export const passwordResetOutput = z.object({ generatedPassword }).meta({ id: "PasswordReset" });

export const userDeletedOutput = z
  .object({
    id: uuid,
    anonymised: z.boolean().meta({
      description:
        "True when tickets, comments, messages or audit entries refer to the user: the account was emptied of " +
        "everything personal and closed, and shows as “Deleted user”. False when the row was removed.",
    }),
  })
  .meta({ id: "UserDeleted" });

// ───────────────────────────── roles ─────────────────────────────

export const roleOutput = z
  .object({
    id: uuid,
    name: roleName,
    description: z.string(),
    builtIn: z.boolean().meta({ description: "Built-in roles cannot be renamed or deleted." }),
    permissions: z.array(z.string().meta({ example: "tickets.assign" })),
    createdAt: dateTime,
    updatedAt: dateTime,
    memberCount: count,
  })
  .meta({ id: "Role" });

export const roleListOutput = pageOf(roleOutput);

export const roleDeletedOutput = z
  .object({ id: uuid, removedFromUsers: count.meta({ description: "How many users held the role." }) })
  .meta({ id: "RoleDeleted" });

/** A text in the two interface languages. */
const bilingual = z
  .object({ en: z.string(), es: z.string() })
  .meta({ id: "BilingualText", example: { en: "Assign tickets", es: "Asignar tickets" } });

export const permissionCatalogOutput = z
  .object({
    areas: z.array(
      z.object({
        area: z.enum(Object.keys(PERMISSION_AREAS) as [PermissionArea, ...PermissionArea[]]),
        label: bilingual,
        permissions: z.array(z.object({ name: permissionName, label: bilingual, description: bilingual })),
      }),
    ),
  })
  .meta({ id: "PermissionCatalog" });

// ───────────────────────────── organizations and locations ─────────────────────────────

const directoryFields = {
  id: uuid,
  active: z.boolean().meta({ description: "Inactive entries are no longer offered for users and tickets." }),
  createdAt: dateTime,
  updatedAt: dateTime,
  _count: z
    .object({ users: count, tickets: count })
    .meta({ description: "How many users and tickets refer to the entry." }),
};

export const organizationOutput = z
  .object({
    ...directoryFields,
    name: z.string().meta({ example: "Acme Logistics" }),
    domain: z.string().meta({ description: "The email domain of its people; may be empty.", example: "acme.com" }),
  })
  .meta({ id: "Organization" });

export const locationOutput = z
  .object({
    ...directoryFields,
    name: z.string().meta({ example: "Madrid office" }),
    description: z.string(),
    position: z.number().int(),
  })
  .meta({ id: "Location" });

export const directoryDeletedOutput = z
  .object({
    id: uuid,
    deleted: z.boolean().meta({ description: "True when nothing referred to the entry and it was removed." }),
    deactivated: z
      .boolean()
      .meta({ description: "True when users or tickets refer to it: it was deactivated instead." }),
  })
  .meta({ id: "DirectoryEntryDeleted" });

// ───────────────────────────── catalogs ─────────────────────────────

const catalogItem = {
  id: uuid,
  name: z.string().meta({ example: "In progress" }),
  nameEs: z.string().meta({ example: "En curso" }),
  active: z.boolean(),
  position: z.number().int(),
};
const color = z.string().meta({ example: "#64748b" });

export const catalogStatusOutput = z
  .object({
    ...catalogItem,
    category: z.enum(["open", "pending", "resolved", "closed"]),
    color,
    isDefault: z.boolean(),
  })
  .meta({ id: "CatalogStatus" });

export const catalogPriorityOutput = z
  .object({
    ...catalogItem,
    color,
    responseMinutes: z.number().int().meta({ description: "SLA: first response due, from ticket creation." }),
    resolutionMinutes: z.number().int().meta({ description: "SLA: resolution due, from ticket creation." }),
    isDefault: z.boolean(),
  })
  .meta({ id: "CatalogPriority" });

export const catalogCriticalityOutput = z.object({ ...catalogItem, color }).meta({ id: "CatalogCriticality" });

export const catalogCategoryOutput = z
  .object({ ...catalogItem, description: z.string() })
  .meta({ id: "CatalogCategory" });

export const catalogProblemTypeOutput = z
  .object({ ...catalogItem, categoryId: uuid.nullable() })
  .meta({ id: "CatalogProblemType" });

export const catalogsOutput = z
  .object({
    statuses: z.array(catalogStatusOutput),
    priorities: z.array(catalogPriorityOutput),
    criticalities: z.array(catalogCriticalityOutput),
    categories: z.array(catalogCategoryOutput),
    problemTypes: z.array(catalogProblemTypeOutput),
  })
  .meta({ id: "Catalogs" });

// ───────────────────────────── settings ─────────────────────────────

export const settingsOutput = z
  .object({
    registrationEnabled: z
      .boolean()
      .meta({ description: "Whether anyone may create an account (POST /auth/register) and sign-in offers it." }),
  })
  .meta({ id: "Settings" });

// ───────────────────────────── health ─────────────────────────────

export const healthOutput = z.object({ status: z.literal("ok"), time: dateTime });

export const databaseHealthOutput = z.object({
  reachable: z.boolean(),
  latencyMs: z.number().nullable().meta({ example: 1.4 }),
  pendingMigrations: z.array(z.string()).meta({ description: "Migrations not applied yet: empty when up to date." }),
  error: z.string().nullable(),
});
