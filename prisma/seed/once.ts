import type { Tx } from "./catalogs.ts";
import { REQUESTER_EMAILS, STAFF_EMAILS } from "./users.ts";

/**
 * The Setting row that says the demo went into this database, and when. The demo is seeded once
 * per database: after that, what the people running it did to the demo data is theirs, so an
 * administrator deleted or anonymised (whose email is then gone) is not "missing" and is never
 * created again with the published demo password.
 */
export const DEMO_SEEDED_SETTING = "demo.seededAt";

export type DemoState =
  /** Never seeded: the demo goes in. */
  | "new"
  /** Seeded before (the marker is there). */
  | "seeded"
  /** No marker, but demo accounts or tickets: seeded by an older version, or already in real use. */
  | "in-use";

export async function demoState(tx: Tx): Promise<DemoState> {
  if (await tx.setting.findUnique({ where: { key: DEMO_SEEDED_SETTING }, select: { key: true } })) return "seeded";
  const [demoAccounts, tickets] = await Promise.all([
    tx.user.count({ where: { email: { in: [...STAFF_EMAILS, ...REQUESTER_EMAILS] } }, take: 1 }),
    tx.ticket.count({ take: 1 }),
  ]);
  return demoAccounts + tickets > 0 ? "in-use" : "new";
}

export async function markDemoSeeded(tx: Tx, now: Date): Promise<void> {
  await tx.setting.createMany({ data: [{ key: DEMO_SEEDED_SETTING, value: now.toISOString() }], skipDuplicates: true });
}
