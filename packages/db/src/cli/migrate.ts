// `pnpm db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database.
import { connectFromEnv } from "../client";
import { readDbEnv } from "../env";
import { migrate } from "../migrate";

const env = readDbEnv();
const handle = connectFromEnv(env);
const raw = await handle.raw();
try {
  const applied = await migrate(raw);
  const where = env.databaseUrl ? "PostgreSQL" : `the embedded database (${env.pgliteDir})`;
  console.log(applied.length ? `Applied ${applied.join(", ")} to ${where}.` : `${where}: up to date.`);
} finally {
  await raw.close();
  await handle.close();
}
