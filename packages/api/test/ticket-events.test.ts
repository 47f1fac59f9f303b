// tickets.onChange: the event path from a committed change to a subscriber, filtered by the ticket
// scope rule, resumable from an event id, ended when the session is revoked.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { actAs } from "./admin";
import { anonymousCaller, failure, useTestDatabase } from "./db";
import { catalogIds, helpdeskCallers, otherRequesterUsername } from "./helpdesk";
import { watchTickets } from "./live";

process.env.STREAM_SESSION_CHECK_SECONDS = "1";

const database = useTestDatabase();
let who: Awaited<ReturnType<typeof helpdeskCallers>>;
let catalog: Awaited<ReturnType<typeof catalogIds>>;
const open: { stop: () => void }[] = [];

beforeAll(async () => {
  who = await helpdeskCallers(database());
  catalog = await catalogIds(database());
});
afterEach(() => {
  for (const watcher of open.splice(0)) watcher.stop();
});

async function watch(username: string, lastEventId?: string) {
  const watcher = await watchTickets(database(), username, lastEventId);
  open.push(watcher);
  return watcher;
}

describe("tickets.onChange", () => {
  it("tells each subscriber about the tickets they may see, and staff about internal notes", async () => {
    const agent = await watch("agent");
    const requester = await watch("requester");
    const other = await watch(await otherRequesterUsername(database()));

    const ticket = await who.requester.caller.tickets.create({ title: "Live one", description: "Watch me." });
    await who.agent.caller.tickets.setStatus({ id: ticket.id, statusId: catalog.status("In progress").id });
    await who.agent.caller.comments.create({ ticketId: ticket.id, body: "Internal look.", internal: true });
    await who.agent.caller.comments.create({ ticketId: ticket.id, body: "On it." });

    const summary = (changes: typeof agent.changes) =>
      changes.filter((c) => c.data.ticketId === ticket.id).map((c) => `${c.data.type}:${c.data.action}`);
    await expect
      .poll(() => summary(agent.changes))
      .toEqual([
        "created:ticket.create",
        "updated:ticket.status",
        "commented:comment.create",
        "commented:comment.create",
      ]);
    await expect
      .poll(() => summary(requester.changes))
      .toEqual(["created:ticket.create", "updated:ticket.status", "commented:comment.create"]);
    const statusChange = requester.changes.find((c) => c.data.action === "ticket.status")!;
    expect(statusChange.data).toMatchObject({ number: ticket.number, fields: expect.arrayContaining(["status"]) });
    expect(statusChange.data.actor?.id).toBe(who.agent.userId);

    // The other requester heard nothing of it, also not once the agent's events had all arrived.
    expect(other.changes.filter((c) => c.data.ticketId === ticket.id)).toEqual([]);
    // Event ids increase: a client resumes from the last one.
    const ids = agent.changes.map((c) => BigInt(c.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("tells the requester that their ticket was deleted, and nobody outside it", async () => {
    const ticket = await who.requester.caller.tickets.create({ title: "Moving", description: "Reassign me." });
    await who.agent.caller.tickets.assign({ id: ticket.id, assigneeId: who.agent.userId });
    const requester = await watch("requester");
    const other = await watch(await otherRequesterUsername(database()));
    const admin = await actAs(database(), "admin");
    await admin.caller.tickets.delete({ id: ticket.id });
    // (The assignment's own event may still be on its way when the stream opens: only the last one counts.)
    await expect.poll(() => requester.changes.at(-1)?.data.type).toBe("deleted");
    expect(other.changes).toEqual([]);
  });

  it("resumes after the last event id it was given: what was missed, in order, nothing twice", async () => {
    const first = await watch("agent");
    const ticket = await who.requester.caller.tickets.create({ title: "Resume", description: "Missed events." });
    await expect.poll(() => first.changes.length).toBeGreaterThan(0);
    first.stop();
    const lastSeen = first.changes.at(-1)!.id;

    // Changed while nobody listened.
    await who.agent.caller.tickets.setStatus({ id: ticket.id, statusId: catalog.status("In progress").id });
    await who.agent.caller.comments.create({ ticketId: ticket.id, body: "While you were away." });

    const resumed = await watch("agent", lastSeen);
    await who.agent.caller.tickets.update({ id: ticket.id, title: "Resume, renamed" });
    await expect
      .poll(() => resumed.changes.map((c) => c.data.action))
      .toEqual(["ticket.status", "comment.create", "ticket.update"]);
    expect(resumed.changes.every((c) => BigInt(c.id) > BigInt(lastSeen))).toBe(true);
  });

  it("ends the stream of a session revoked meanwhile, within seconds", async () => {
    const watcher = await watch("agent");
    await database().db.session.update({ where: { id: watcher.sessionId }, data: { revokedAt: new Date() } });
    const started = Date.now();
    await watcher.ended;
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("re-checking an open stream's session does not count as activity: an idle session still expires", async () => {
    const watcher = await watch("agent");
    const idleSince = new Date(Date.now() - 10 * 60_000);
    await database().db.session.update({ where: { id: watcher.sessionId }, data: { lastUsedAt: idleSince } });
    await new Promise((resolve) => setTimeout(resolve, 2_500)); // two checks
    const session = await database().db.session.findUniqueOrThrow({ where: { id: watcher.sessionId } });
    expect(session.lastUsedAt).toEqual(idleSince);
  });

  it("refuses a signed-out subscriber and a malformed event id", async () => {
    expect((await failure(anonymousCaller(database()).tickets.onChange({}))).code).toBe("UNAUTHORIZED");
    expect((await failure(who.agent.caller.tickets.onChange({ lastEventId: "1; DROP" }))).code).toBe("BAD_REQUEST");
  });
});
