// Input schemas of the auth, me and sessions routers. Pure zod, no server code: the web forms
// import them too (`@soporte/api/schemas`).
import { z } from "zod";
import { LOCALES, PASSWORD_MAX, PASSWORD_MIN } from "../constants";

export { PASSWORD_MAX, PASSWORD_MIN } from "../constants";

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "At most 254 characters.")
  .pipe(z.email("Enter a valid email address."));

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "Use at least 3 characters.")
  .max(32, "Use at most 32 characters.")
  .regex(/^[a-z0-9][a-z0-9._-]*$/, "Use letters, digits, dots, dashes and underscores.");

export const fullNameSchema = z.string().trim().min(1, "Enter your name.").max(120, "At most 120 characters.");

export const loginSchema = z.object({
  login: z.string().trim().min(1, "Enter your email or username.").max(254),
  password: z.string().min(1, "Enter your password.").max(PASSWORD_MAX, `At most ${PASSWORD_MAX} characters.`),
  device: z.string().trim().max(120).optional(),
});

export { LOCALES };

export const registerSchema = z.object({
  email: emailSchema,
  username: usernameSchema,
  fullName: fullNameSchema,
  password: passwordSchema,
  /** The language the account is registered in (the registration page's), English when not given. */
  locale: z.enum(LOCALES).optional(),
});

export const refreshSchema = z.object({ refreshToken: z.string().min(16).max(200) });

export const profileSchema = z.object({
  fullName: fullNameSchema.optional(),
  bio: z.string().trim().max(1000, "At most 1000 characters.").optional(),
  phone: z
    .string()
    .trim()
    .max(40, "At most 40 characters.")
    .regex(/^[0-9+()\-.\s]*$/, "Use digits, spaces and + ( ) - .")
    .optional(),
  locale: z.enum(LOCALES).optional(),
  avatarColor: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, "Use a colour like #4f46e5.")
    .optional(),
});

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, "Enter your current password.").max(PASSWORD_MAX),
  newPassword: passwordSchema,
});

export const idSchema = z.object({ id: z.uuid() });
