import type { RouterInputs } from "@soporte/api";
import { LOCALES, passwordSchema, userCreateSchema, userUpdateSchema } from "@soporte/api/schemas";
import { z } from "zod";

/** A picker's "None" is the empty string in the form and `null` for the API. */
const optionalId = z.union([z.literal(""), z.uuid()]);
const orNull = (id: string) => (id === "" ? null : id);

/** The API's create schema, with an empty password meaning "generate one". */
export const createUserFormSchema = userCreateSchema.extend({
  password: z.union([z.literal(""), passwordSchema]),
  organizationId: optionalId,
  locationId: optionalId,
});
export type CreateUserFormValues = z.input<typeof createUserFormSchema>;

export const CREATE_USER_DEFAULTS: CreateUserFormValues = {
  fullName: "",
  email: "",
  username: "",
  password: "",
  roleIds: [],
  organizationId: "",
  locationId: "",
};

export function toCreateInput(values: z.output<typeof createUserFormSchema>): RouterInputs["users"]["create"] {
  return {
    ...values,
    password: values.password === "" ? undefined : values.password,
    organizationId: orNull(values.organizationId),
    locationId: orNull(values.locationId),
  };
}

/** The API's update schema with the identity fields required (the form always has them). */
export const editUserFormSchema = z.object({
  fullName: userCreateSchema.shape.fullName,
  email: userCreateSchema.shape.email,
  username: userCreateSchema.shape.username,
  phone: userUpdateSchema.shape.phone.unwrap(),
  bio: userUpdateSchema.shape.bio.unwrap(),
  locale: z.enum(LOCALES),
  roleIds: userCreateSchema.shape.roleIds,
  organizationId: optionalId,
  locationId: optionalId,
});
export type EditUserFormValues = z.input<typeof editUserFormSchema>;

type EditableUser = {
  fullName: string;
  email: string;
  username: string;
  phone: string;
  bio: string;
  locale: string;
  roles: { id: string }[];
  organization: { id: string } | null;
  location: { id: string } | null;
};

export function editValuesOf(user: EditableUser): EditUserFormValues {
  return {
    fullName: user.fullName,
    email: user.email,
    username: user.username,
    phone: user.phone,
    bio: user.bio,
    locale: user.locale === "es" ? "es" : "en",
    roleIds: user.roles.map((role) => role.id),
    organizationId: user.organization?.id ?? "",
    locationId: user.location?.id ?? "",
  };
}

export function toUpdateInput(
  id: string,
  values: z.output<typeof editUserFormSchema>,
): RouterInputs["users"]["update"] {
  const { roleIds: _roleIds, ...fields } = values;
  return { id, ...fields, organizationId: orNull(values.organizationId), locationId: orNull(values.locationId) };
}
