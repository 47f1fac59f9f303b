// `pnpm admin:create [--force]`: creates the first administrator of the database in DATABASE_URL
// (or the embedded one). Asks for email, username, full name and password, or takes them from
// ADMIN_EMAIL / ADMIN_PASSWORD (and optional ADMIN_USERNAME, ADMIN_FULL_NAME) without asking.
// Refusals are one line on stderr and exit code 1.
import { parseArgs } from "node:util";
import input from "@inquirer/input";
import password from "@inquirer/password";
import { connectFromEnv, type Db } from "@soporte/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { checkPasswordPolicy } from "../auth/password-policy";
import { emailSchema, fullNameSchema, passwordSchema, usernameSchema } from "../schemas/auth";
import {
  assertNoActiveAdministrator,
  createAdministrator,
  type CreateAdministratorInput,
} from "../services/administrators";
import { assertUniqueIdentity } from "../services/users";

const USAGE =
  "Usage: pnpm admin:create [--force] — answer the prompts, or set ADMIN_EMAIL and ADMIN_PASSWORD " +
  "(optional ADMIN_USERNAME, ADMIN_FULL_NAME).";

const DEFAULT_FULL_NAME = "Administrator";

const optional = z
  .string()
  .optional()
  .transform((value) => value || undefined);
const envSchema = z.object({
  ADMIN_EMAIL: optional,
  ADMIN_PASSWORD: optional,
  ADMIN_USERNAME: optional,
  ADMIN_FULL_NAME: optional,
});

class UsageError extends Error {}

/** The username suggested for an email: its local part, when that is a valid username. */
function usernameFor(email: string): string | undefined {
  const parsed = usernameSchema.safeParse(email.split("@")[0] ?? "");
  return parsed.success ? parsed.data : undefined;
}

function fromEnv(env: z.infer<typeof envSchema>): CreateAdministratorInput {
  if (!env.ADMIN_EMAIL || !env.ADMIN_PASSWORD) {
    throw new UsageError("Set both ADMIN_EMAIL and ADMIN_PASSWORD, or neither to be asked.");
  }
  const username = env.ADMIN_USERNAME ?? usernameFor(env.ADMIN_EMAIL);
  if (!username) throw new UsageError(`The email's local part is not a valid username: set ADMIN_USERNAME.`);
  return {
    email: env.ADMIN_EMAIL,
    username,
    fullName: env.ADMIN_FULL_NAME ?? DEFAULT_FULL_NAME,
    password: env.ADMIN_PASSWORD,
  };
}

/** The message of a schema's first issue, or true: what a prompt's `validate` expects. */
const check = (schema: z.ZodType) => (value: string) => {
  const parsed = schema.safeParse(value);
  return parsed.success || (parsed.error.issues[0]?.message ?? "Invalid value.");
};

/** A schema's check, then whether the value is free (asked now, so nobody types a password in vain). */
const checkFree = (db: Db, schema: z.ZodType<string>, field: "email" | "username") => async (value: string) => {
  const valid = check(schema)(value);
  if (valid !== true) return valid;
  try {
    await assertUniqueIdentity(db, { [field]: schema.parse(value) });
    return true;
  } catch (error) {
    return error instanceof Error ? error.message : "Choose another.";
  }
};

async function fromPrompts(db: Db): Promise<CreateAdministratorInput> {
  const email = emailSchema.parse(await input({ message: "Email", validate: checkFree(db, emailSchema, "email") }));
  const username = usernameSchema.parse(
    await input({
      message: "Username",
      default: usernameFor(email),
      validate: checkFree(db, usernameSchema, "username"),
    }),
  );
  const fullName = await input({ message: "Full name", default: DEFAULT_FULL_NAME, validate: check(fullNameSchema) });
  const secret = await password({
    message: "Password",
    mask: true,
    validate: (value) => {
      const length = check(passwordSchema)(value);
      if (length !== true) return length;
      try {
        checkPasswordPolicy(value, { email, username });
        return true;
      } catch (error) {
        return error instanceof Error ? error.message : "Choose another password.";
      }
    },
  });
  await password({
    message: "Repeat the password",
    mask: true,
    validate: (value) => value === secret || "The passwords differ.",
  });
  return { email, username, fullName, password: secret };
}

/** One line for any failure: field errors name their field. */
function describe(error: unknown): string {
  if (error instanceof UsageError) return `${error.message} ${USAGE}`;
  if (error instanceof Error && error.name === "ExitPromptError") return "Cancelled.";
  if (error instanceof TRPCError) {
    const field = error.cause instanceof z.ZodError ? error.cause.issues[0]?.path[0] : undefined;
    return field === undefined ? error.message : `${String(field)}: ${error.message}`;
  }
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").trim();
}

async function main(): Promise<void> {
  let force: boolean;
  try {
    force = parseArgs({ options: { force: { type: "boolean", default: false } } }).values.force;
  } catch {
    throw new UsageError("Unknown arguments.");
  }
  const env = envSchema.parse(process.env);
  const prompted = !env.ADMIN_EMAIL && !env.ADMIN_PASSWORD;
  const given = prompted ? undefined : fromEnv(env);
  const handle = connectFromEnv();
  try {
    let account = given;
    if (!account) {
      if (!force) await assertNoActiveAdministrator(handle.db);
      account = await fromPrompts(handle.db);
    }
    const user = await createAdministrator(handle.db, account, { force, meta: { userAgent: "pnpm admin:create" } });
    console.log(
      `Created administrator "${user.username}" (${user.email}): admin role and superuser. Sign in with the password you chose.`,
    );
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(`✗ admin:create: ${describe(error)}`);
  process.exitCode = 1;
});
