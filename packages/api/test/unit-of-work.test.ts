// The one shape of a mutation: its change, its audit rows and its domain events commit together or
// not at all, and events reach subscribers (through the DomainEvent table) only after the commit.
import { afterEach, describe, expect, it } from "vitest";
import { eventHub, pruneEvents } from "../src/lib/event-hub";
import type { PublishedEvent } from "../src/lib/events";
import { unitOfWork, type Tx } from "../src/lib/unit-of-work";
import { createInnerContext } from "../src/context";
import { callerFor, unique, useTestDatabase } from "./db";

const database = useTestDatabase();

let stop: (() => void) | undefined;
const onDomainEvent = (listener: (event: PublishedEvent) => void) => eventHub(database().db).subscribe(listener);
function recordEvents(): PublishedEvent[] {
  const events: PublishedEvent[] = [];
  stop = onDomainEvent((event) => events.push(event));
  return events;
}
afterEach(() => stop?.());

describe("unit of work", () => {
  it("delivers a mutation's event after its change and audit row are committed, stored with its request", async () => {
    await eventHub(database().db).start();
    const { caller, auth } = await callerFor(database(), "admin");
    const events = recordEvents();
    let committedWhenPublished: number | null = null;
    const name = unique("Org ");
    const onPublish = onDomainEvent((event) => {
      if (event.type === "organization.create") {
        // A listener may read the database: the row is already committed when it runs.
        void database()
          .db.organization.count({ where: { id: event.entityId } })
          .then((n) => (committedWhenPublished = n));
      }
    });
    const created = await caller.organizations.create({ name });
    const creations = () => events.filter((event) => event.type === "organization.create");
    await expect.poll(() => creations().length).toBe(1);
    onPublish();

    expect(creations()[0]).toMatchObject({
      type: "organization.create",
      entityType: "organization",
      entityId: created.id,
      actorId: auth.user.id,
      actorName: auth.user.fullName,
      fields: ["name"],
    });
    await expect.poll(() => committedWhenPublished).toBe(1);
    const rows = await database().db.auditLog.findMany({ where: { entityType: "organization", entityId: created.id } });
    expect(rows.map((r) => r.action)).toEqual(["organization.create"]);
    expect(rows[0]?.requestId).toBe(creations()[0]?.requestId);
    const stored = await database().db.domainEvent.findUniqueOrThrow({ where: { id: creations()[0]!.id } });
    expect(stored.payload).toMatchObject({ type: "organization.create", entityId: created.id });
  });

  it("writes nothing and publishes nothing when the work fails after recording", async () => {
    const { auth } = await callerFor(database(), "admin");
    const ctx = createInnerContext({ db: database().db, auth });
    const events = recordEvents();
    const name = unique("Doomed ");
    await expect(
      unitOfWork(ctx, async ({ tx, record }) => {
        const org = await tx.organization.create({ data: { name } });
        await record({ action: "organization.create", entityType: "organization", entityId: org.id });
        throw new Error("rule broken after the write");
      }),
    ).rejects.toThrow("rule broken after the write");

    // The sign-in above has an event of its own, which may arrive now; this work's never does.
    expect(events.filter((event) => event.requestId === ctx.meta.requestId)).toEqual([]);
    expect(await database().db.organization.count({ where: { name } })).toBe(0);
    const stored = await database().db.domainEvent.count({
      where: { payload: { path: ["requestId"], equals: ctx.meta.requestId } },
    });
    expect(stored).toBe(0);
    expect(await database().db.auditLog.count({ where: { requestId: ctx.meta.requestId } })).toBe(0);
  });

  it("a failing listener does not undo or fail the mutation", async () => {
    const { caller } = await callerFor(database(), "admin");
    const broken = onDomainEvent(() => {
      throw new Error("listener bug");
    });
    try {
      const created = await caller.locations.create({ name: unique("Site ") });
      expect(await database().db.location.count({ where: { id: created.id } })).toBe(1);
    } finally {
      broken();
    }
  });

  it("keeps events for EVENT_RETENTION_HOURS (24 by default), then prunes them", async () => {
    const { db } = database();
    const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * 3_600_000);
    const payload = { type: "test.prune", entityType: "test", entityId: "x", actorId: null, fields: [] };
    const [old, recent] = await Promise.all(
      [25, 23].map((hours) => db.domainEvent.create({ data: { payload, createdAt: at(hours) }, select: { id: true } })),
    );
    expect(await pruneEvents(db)).toBeGreaterThanOrEqual(1);
    expect(await db.domainEvent.count({ where: { id: old!.id } })).toBe(0);
    expect(await db.domainEvent.count({ where: { id: recent!.id } })).toBe(1);
  });

  it("accepts only a transaction client for audit writes", () => {
    // @ts-expect-error a PrismaClient has $transaction, so it is not a Tx
    const notATransaction: Tx = database().db;
    expect(notATransaction).toBeDefined();
  });
});
