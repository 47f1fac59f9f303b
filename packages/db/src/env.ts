import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/** The folder that holds pnpm-workspace.yaml: found from the working directory, so it is right
 * for tsx scripts, vitest and the Next.js server (which runs in apps/web) alike. */
export function workspaceRoot(from = process.cwd()): string {
  let dir = path.resolve(from);
  for (;;) {
    if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No pnpm-workspace.yaml above ${from}`);
    dir = parent;
  }
}

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// connection string")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PGLITE_DIR: z.string().min(1).optional(),
});

export type DbEnv = { databaseUrl: string | undefined; pgliteDir: string };

export function readDbEnv(env: NodeJS.ProcessEnv = process.env): DbEnv {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid database configuration: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  return {
    databaseUrl: parsed.data.DATABASE_URL,
    pgliteDir: path.resolve(workspaceRoot(), parsed.data.PGLITE_DIR ?? ".data/pglite"),
  };
}

export function migrationsDir(): string {
  return path.join(workspaceRoot(), "prisma", "migrations");
}
