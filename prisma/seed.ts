// `pnpm db:seed`: demo data for Soporte — roles, catalogs, organizations, demo accounts, about 200
// tickets with comments and a few conversations. Idempotent: a second run creates nothing and
// changes nothing, so the start script can run it on every boot. Tests call seed() directly.
import { pathToFileURL } from "node:url";
import { seedCatalogs, seedRoles, seedSettings } from "./seed/catalogs.ts";
import { seedConversations } from "./seed/conversations.ts";
import { seedTickets } from "./seed/tickets.ts";
import { DEMO_PASSWORD, seedUsers } from "./seed/users.ts";
import { connectFromEnv, hashPassword, readDbEnv, type Db } from "./seed/workspace.ts";

export type SeedSummary = {
  users: number;
  tickets: number;
  comments: number;
  /** Whether this run created the demo tickets (it does only into an empty Ticket table). */
  created: boolean;
};

export type SeedOptions = {
  /** The moment the demo history leads up to; pass a fixed one for reproducible data in tests. */
  now?: Date;
};

// Held for the seed's transaction, so two app instances starting together do not both see an
// empty Ticket table and insert the demo tickets twice.
const SEED_LOCK_KEY = 72707370;

export async function seed(db: Db, options: SeedOptions = {}): Promise<SeedSummary> {
  const now = options.now ?? new Date();
  // argon2 is slow on purpose: hash once, and only when an account is actually missing.
  let hashed: Promise<string> | undefined;
  const passwordHash = () => (hashed ??= hashPassword(DEMO_PASSWORD));

  const created = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
      await seedRoles(tx);
      await seedCatalogs(tx);
      await seedSettings(tx);
      await seedUsers(tx, now, passwordHash);
      const created = await seedTickets(tx, now);
      await seedConversations(tx, now);
      return created;
    },
    // All or nothing: a half-seeded Ticket table would never be completed, as it is no longer empty.
    { maxWait: 30_000, timeout: 120_000 },
  );

  const [users, tickets, comments] = await Promise.all([db.user.count(), db.ticket.count(), db.comment.count()]);
  return { users, tickets, comments, created };
}

async function main(): Promise<void> {
  const env = readDbEnv();
  const handle = connectFromEnv(env);
  const started = performance.now();
  try {
    const summary = await seed(handle.db);
    const where = env.databaseUrl ? "PostgreSQL" : `the embedded database (${env.pgliteDir})`;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Seeded ${where} in ${seconds} s: ${summary.users} users, ${summary.tickets} tickets, ` +
        `${summary.comments} comments${summary.created ? " (demo tickets created)" : " (tickets already present)"}.`,
    );
  } finally {
    await handle.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
