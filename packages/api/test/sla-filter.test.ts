import { beforeAll, describe, expect, it } from "vitest";
import { slaOf, soonAt } from "../src/services/helpdesk/sla";
import { listTickets } from "../src/services/helpdesk/ticket-list";
import { useTestDatabase } from "./db";
import { helpdeskCallers } from "./helpdesk";

const database = useTestDatabase();
let who: Awaited<ReturnType<typeof helpdeskCallers>>;

beforeAll(async () => {
  who = await helpdeskCallers(database());
});

describe("the sla filter of tickets.list", () => {
  it("returns exactly the tickets whose SLA state is due soon / breached, at any moment", async () => {
    const { db } = database();
    const tickets = await db.ticket.findMany({
      select: {
        id: true,
        createdAt: true,
        responseDueAt: true,
        resolutionDueAt: true,
        firstResponseAt: true,
        resolvedAt: true,
        closedAt: true,
        status: { select: { category: true } },
      },
    });
    const newest = Math.max(...tickets.map((t) => t.createdAt.getTime()));
    // Around the newest tickets, until long after every target passed, and at each boundary of the
    // newest unfinished tickets: a millisecond before, at, and after each target turns due soon or is due.
    const boundaries = tickets
      .filter((t) => !t.resolvedAt)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
      .slice(0, 4)
      .flatMap((t) => [
        soonAt(t.createdAt, t.responseDueAt),
        t.responseDueAt,
        soonAt(t.createdAt, t.resolutionDueAt),
        t.resolutionDueAt,
      ])
      .flatMap((at) => [-1, 0, 1].map((ms) => at.getTime() + ms));
    const moments = [-60, 0, 30, 50, 90, 200, 240, 60 * 24, 60 * 24 * 30]
      .map((m) => newest + m * 60_000)
      .concat(boundaries)
      .map((ms) => new Date(ms));
    const seen = { due_soon: 0, breached: 0 };
    for (const now of moments) {
      for (const state of ["due_soon", "breached"] as const) {
        const expected = tickets
          .filter((t) => slaOf({ ...t, statusCategory: t.status.category }, now).state === state)
          .map((t) => t.id)
          .sort();
        const page = await listTickets(
          db,
          who.agent.auth,
          { sla: state, sort: "createdAt", direction: "desc", limit: 100 },
          now,
        );
        let ids = page.items.map((t) => t.id);
        let cursor = page.nextCursor;
        while (cursor) {
          const next = await listTickets(
            db,
            who.agent.auth,
            { sla: state, sort: "createdAt", direction: "desc", limit: 100, cursor },
            now,
          );
          ids = ids.concat(next.items.map((t) => t.id));
          cursor = next.nextCursor;
        }
        expect(ids.sort(), `${state} at ${now.toISOString()}`).toEqual(expected);
        expect(page.items.every((t) => t.sla.state === state)).toBe(true);
        seen[state] += expected.length;
      }
    }
    expect(seen.due_soon, "some moment has due-soon tickets").toBeGreaterThan(0);
    expect(seen.breached, "some moment has breached tickets").toBeGreaterThan(0);
  });
});
