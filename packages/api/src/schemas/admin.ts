// Input schemas of the admin routers (users, roles, organizations, locations), shared with the web forms.
import { z } from "zod";
import { USER_SORTS } from "../constants";
import { ALL_PERMISSIONS, type Permission } from "../permissions";
import { emailSchema, fullNameSchema, LOCALES, passwordSchema, profileSchema, usernameSchema } from "./auth";

const id = z.uuid();

export const pageSchema = {
  limit: z.number().int().min(1).max(100).default(25),
  cursor: z.string().max(500).nullish(),
  search: z.string().trim().max(100).optional(),
};

// On REST a GET input arrives as query-string text, and coercing "false" with Boolean() gives true.
export const queryBoolean = z.preprocess(
  (v: boolean | "true" | "false") => (v === "true" ? true : v === "false" ? false : v),
  z.boolean(),
);

export { USER_SORTS } from "../constants";

export const userListSchema = z.object({
  ...pageSchema,
  roleId: id.optional(),
  active: queryBoolean.optional(),
  organizationId: id.optional(),
  locationId: id.optional(),
  sort: z.enum(USER_SORTS).default("createdAt"),
  direction: z.enum(["asc", "desc"]).default("desc"),
});

export const userPickerSchema = z
  .object({ ...pageSchema, limit: z.number().int().min(1).max(50).default(20) })
  .default({ limit: 20 });

const optionalRef = id.nullable().optional();

export const userCreateSchema = z.object({
  email: emailSchema,
  username: usernameSchema,
  fullName: fullNameSchema,
  /** Omitted: a strong password is generated and returned once. */
  password: passwordSchema.optional(),
  roleIds: z.array(id).max(20),
  organizationId: optionalRef,
  locationId: optionalRef,
});

export const userUpdateSchema = z.object({
  id,
  email: emailSchema.optional(),
  username: usernameSchema.optional(),
  fullName: fullNameSchema.optional(),
  bio: profileSchema.shape.bio,
  phone: profileSchema.shape.phone,
  locale: z.enum(LOCALES).optional(),
  organizationId: optionalRef,
  locationId: optionalRef,
});

export const setActiveSchema = z.object({ id, active: z.boolean() });
export const setSuperuserSchema = z.object({ id, isSuperuser: z.boolean() });
export const setRolesSchema = z.object({ id, roleIds: z.array(id).max(20) });
export const resetPasswordSchema = z.object({ id, password: passwordSchema.optional() });

const permissionName = z.enum(ALL_PERMISSIONS as [Permission, ...Permission[]]);

export const roleNameSchema = z
  .string()
  .trim()
  .min(2, "Use at least 2 characters.")
  .max(40, "Use at most 40 characters.")
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} _.-]*$/u, "Use letters, digits, spaces, dots, dashes and underscores.");

export const roleCreateSchema = z.object({
  name: roleNameSchema,
  description: z.string().trim().max(300, "At most 300 characters.").optional(),
  permissions: z.array(permissionName).max(ALL_PERMISSIONS.length),
});

export const roleUpdateSchema = roleCreateSchema.partial().extend({ id });

export const roleDeleteSchema = z.object({
  id,
  /** Needed when the role is still assigned: it is then removed from its users. On REST, `?force=true`. */
  force: queryBoolean.default(false),
});

export const directoryListSchema = z.object({ ...pageSchema, active: queryBoolean.optional() }).default({ limit: 25 });

export const organizationCreateSchema = z.object({
  name: z.string().trim().min(1, "Enter a name.").max(120, "At most 120 characters."),
  domain: z
    .string()
    .trim()
    .toLowerCase()
    .max(253)
    .regex(/^([a-z0-9-]+\.)+[a-z]{2,}$|^$/, "Use a domain like acme.com.")
    .optional(),
});
export const organizationUpdateSchema = organizationCreateSchema
  .partial()
  .extend({ id, active: z.boolean().optional() });

export const locationCreateSchema = z.object({
  name: z.string().trim().min(1, "Enter a name.").max(120, "At most 120 characters."),
  description: z.string().trim().max(300, "At most 300 characters.").optional(),
});
export const locationUpdateSchema = locationCreateSchema.partial().extend({ id, active: z.boolean().optional() });
