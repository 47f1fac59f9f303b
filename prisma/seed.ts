// `pnpm db:seed`: demo data for Soporte — a custom role, catalogs, organizations, demo accounts,
// about 200 tickets with comments, a few conversations and the bell's notifications. Once per
// database (seed/once.ts): a second run creates nothing and changes nothing, even where demo data was
// deleted since, so the start script can run it on every boot. Tests call seed() directly.
import { pathToFileURL } from "node:url";
import { seedCatalogs, seedRoles, seedSettings } from "./seed/catalogs.ts";
import { seedBulkTickets } from "./seed/bulk.ts";
import { seedConversations } from "./seed/conversations.ts";
import { seedNotifications } from "./seed/notifications.ts";
import { demoState, markDemoSeeded, type DemoState } from "./seed/once.ts";
import { seedTickets } from "./seed/tickets.ts";
import { DEMO_PASSWORD, seedUsers } from "./seed/users.ts";
import { connectFromEnv, hashPassword, readDbEnv, type Db } from "./seed/workspace.ts";

export type SeedSummary = {
  users: number;
  tickets: number;
  comments: number;
  /** What the database was before this run; the demo was created only when it was "new". */
  before: DemoState;
};

export type SeedOptions = {
  /** The moment the demo history leads up to; pass a fixed one for reproducible data in tests. */
  now?: Date;
};

// Held for the seed's transaction, so two app instances starting together do not both see a new
// database and insert the demo twice.
const SEED_LOCK_KEY = 72707370;

export async function seed(db: Db, options: SeedOptions = {}): Promise<SeedSummary> {
  const now = options.now ?? new Date();
  // argon2 is slow on purpose: hash once, and only when an account is actually missing.
  let hashed: Promise<string> | undefined;
  const passwordHash = () => (hashed ??= hashPassword(DEMO_PASSWORD));

  const before = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
      const state = await demoState(tx);
      if (state === "new") {
        await seedRoles(tx);
        await seedCatalogs(tx);
        await seedSettings(tx);
        await seedUsers(tx, now, passwordHash);
        await seedTickets(tx, now);
        await seedConversations(tx, now);
        await seedNotifications(tx, now);
      }
      // A database that predates the marker counts as seeded from now on.
      if (state !== "seeded") await markDemoSeeded(tx, now);
      return state;
    },
    // All or nothing: a half-seeded database would be marked seeded and never completed.
    { maxWait: 30_000, timeout: 120_000 },
  );

  const [users, tickets, comments] = await Promise.all([db.user.count(), db.ticket.count(), db.comment.count()]);
  return { users, tickets, comments, before };
}

/** SEED_TICKETS: how many more tickets to add (up to five million), or none. */
function bulkCount(value: string | undefined): number {
  if (!value) return 0;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > 5_000_000) {
    throw new Error(`SEED_TICKETS must be a whole number from 1 to 5000000, not "${value}".`);
  }
  return count;
}

async function main(): Promise<void> {
  const env = readDbEnv();
  const handle = connectFromEnv(env);
  const started = performance.now();
  try {
    const summary = await seed(handle.db);
    const where = env.databaseUrl ? "PostgreSQL" : `the embedded database (${env.pgliteDir})`;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const totals = `${summary.users} users, ${summary.tickets} tickets, ${summary.comments} comments`;
    console.log(
      summary.before === "new"
        ? `Demo data: seeded into ${where} in ${seconds} s (${totals}).`
        : summary.before === "seeded"
          ? `Demo data: ${where} got it before; nothing added (${totals}).`
          : `Demo data: ${where} already holds demo accounts or tickets; nothing added, marked as seeded (${totals}).`,
    );
    const bulk = bulkCount(process.env.SEED_TICKETS);
    if (bulk) {
      const start = performance.now();
      // PGlite is one connection; a PostgreSQL server fills two chunks at a time.
      const { comments, seconds } = await seedBulkTickets(handle.db, bulk, new Date(), env.databaseUrl ? 2 : 1);
      const took = ((performance.now() - start) / 1000).toFixed(1);
      const phases = Object.entries(seconds)
        .map(([phase, s]) => `${phase} ${s} s`)
        .join(", ");
      console.log(`SEED_TICKETS: added ${bulk} tickets and ${comments} comments to ${where} in ${took} s (${phases}).`);
    }
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
