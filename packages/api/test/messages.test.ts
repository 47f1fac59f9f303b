// Staff messaging (MSG-1 … MSG-5): direct conversations, replies, edits and soft deletes, read state,
// announcements, quotas, and the live stream — each with its object-level checks.
import { beforeAll, describe, expect, it } from "vitest";
import { actAs } from "./admin";
import { awayFromWindowEdge, failure, unique, useTestDatabase } from "./db";
import { watch } from "./live";

process.env.RATE_LIMIT_MESSAGES_PER_USER_MINUTE = "12";

const database = useTestDatabase();
type Who = Awaited<ReturnType<typeof actAs>>;
let agent: Who, admin: Who, requester: Who, backoffice: Who;

beforeAll(async () => {
  agent = await actAs(database(), "agent");
  admin = await actAs(database(), "admin");
  requester = await actAs(database(), "requester");
  backoffice = await actAs(database(), "backoffice");
});

const watchMessages = (username: string) => watch(database(), username, (caller) => caller.messages.onMessage({}));

describe("messages", () => {
  it("a first message creates the pair's one conversation; replies, history newest first, pages, unread counts", async () => {
    const first = await agent.caller.messages.send({
      recipientId: backoffice.userId,
      body: "Hola, ¿revisas el #1042?",
    });
    const answer = await backoffice.caller.messages.send({
      recipientId: agent.userId,
      body: "Sí, ahora mismo.",
      parentId: first.id,
    });
    expect(answer.conversationId).toBe(first.conversationId);
    expect(answer.parent).toMatchObject({ id: first.id, body: "Hola, ¿revisas el #1042?" });
    for (const n of [1, 2, 3])
      await agent.caller.messages.send({ conversationId: first.conversationId, body: `Nota ${n}` });

    const pageOne = await backoffice.caller.messages.history({ conversationId: first.conversationId, limit: 3 });
    expect(pageOne.items.map((m) => m.body)).toEqual(["Nota 3", "Nota 2", "Nota 1"]);
    const pageTwo = await backoffice.caller.messages.history({
      conversationId: first.conversationId,
      limit: 3,
      cursor: pageOne.nextCursor,
    });
    expect(pageTwo.items.map((m) => m.body)).toEqual(["Sí, ahora mismo.", "Hola, ¿revisas el #1042?"]);
    expect(pageTwo.nextCursor).toBeNull();

    const list = await backoffice.caller.messages.conversations({});
    const listed = list.items.find((c) => c.id === first.conversationId)!;
    expect(listed).toMatchObject({ kind: "direct", unreadCount: 3, lastMessage: { body: "Nota 3" } });
    expect(listed.members.map((m) => m.id).sort()).toEqual([agent.userId, backoffice.userId].sort());
    const unread = await backoffice.caller.messages.unreadCount();
    expect(unread.byConversation).toContainEqual({ conversationId: first.conversationId, count: 3 });

    await backoffice.caller.messages.markRead({ conversationId: first.conversationId });
    const after = await backoffice.caller.messages.unreadCount();
    expect(after.byConversation.find((c) => c.conversationId === first.conversationId)).toBeUndefined();
    expect(after.total).toBe(unread.total - 3);
    // The sender's own messages never count as unread for them.
    expect((await agent.caller.messages.unreadCount()).byConversation.map((c) => c.conversationId)).not.toContain(
      first.conversationId,
    );
  });

  it("edits and deletes only one's own messages; a deleted one keeps its place without its text", async () => {
    const sent = await agent.caller.messages.send({ recipientId: admin.userId, body: "Typo hre" });
    expect((await failure(admin.caller.messages.edit({ id: sent.id, body: "Mine now" }))).code).toBe("FORBIDDEN");
    expect((await failure(admin.caller.messages.delete({ id: sent.id }))).code).toBe("FORBIDDEN");
    const edited = await agent.caller.messages.edit({ id: sent.id, body: "Typo here" });
    expect(edited.body).toBe("Typo here");
    expect(edited.editedAt).toBeInstanceOf(Date);
    const deleted = await agent.caller.messages.delete({ id: sent.id });
    expect(deleted).toMatchObject({ body: "" });
    expect(deleted.deletedAt).toBeInstanceOf(Date);
    const history = await admin.caller.messages.history({ conversationId: sent.conversationId });
    expect(history.items.find((m) => m.id === sent.id)).toMatchObject({ body: "", deletedAt: expect.any(Date) });
    expect((await failure(agent.caller.messages.edit({ id: sent.id, body: "Back" }))).code).toBe("CONFLICT");
  });

  it("someone outside a conversation can neither read, post, edit, delete nor mark read in it", async () => {
    const sent = await agent.caller.messages.send({ recipientId: backoffice.userId, body: unique("Private ") });
    const outsider = requester.caller;
    const id = sent.conversationId;
    expect((await failure(outsider.messages.history({ conversationId: id }))).code).toBe("NOT_FOUND");
    expect((await failure(outsider.messages.send({ conversationId: id, body: "Hi" }))).code).toBe("NOT_FOUND");
    expect((await failure(outsider.messages.edit({ id: sent.id, body: "Hi" }))).code).toBe("NOT_FOUND");
    expect((await failure(outsider.messages.delete({ id: sent.id }))).code).toBe("NOT_FOUND");
    expect((await failure(outsider.messages.markRead({ conversationId: id }))).code).toBe("NOT_FOUND");
    expect((await outsider.messages.conversations({})).items.map((c) => c.id)).not.toContain(id);
    // Nor reply into it from another conversation.
    const own = await requester.caller.messages.send({ recipientId: agent.userId, body: "Hola" });
    const reply = await failure(
      requester.caller.messages.send({ conversationId: own.conversationId, body: "Re", parentId: sent.id }),
    );
    expect(reply.code).toBe("BAD_REQUEST");
    expect(await database().db.message.count({ where: { body: "Re" } })).toBe(0);
  });

  it("refuses empty, oversized and ambiguous messages, and writing to oneself", async () => {
    for (const input of [
      { recipientId: agent.userId, body: "   " },
      { recipientId: agent.userId, body: "x".repeat(4001) },
      { body: "Nobody" },
    ]) {
      expect((await failure(backoffice.caller.messages.send(input))).code).toBe("BAD_REQUEST");
    }
    expect((await failure(agent.caller.messages.send({ recipientId: agent.userId, body: "Me" }))).code).toBe(
      "BAD_REQUEST",
    );
  });

  it("an announcement reaches every user; only those with messages.broadcast post one, once a minute", async () => {
    expect((await failure(requester.caller.messages.broadcast({ body: "Hear me" }))).code).toBe("FORBIDDEN");
    const requesterWatch = await watchMessages("requester");
    try {
      const body = unique("Maintenance tonight ");
      // One broadcast a minute, counted per fixed minute: both must fall into the same one.
      await awayFromWindowEdge(60);
      const posted = await backoffice.caller.messages.broadcast({ body });
      await expect.poll(() => requesterWatch.changes.map((c) => c.data.message?.body)).toContain(body);
      const conversations = await requester.caller.messages.conversations({});
      const announcements = conversations.items.find((c) => c.id === posted.conversationId)!;
      expect(announcements).toMatchObject({ kind: "broadcast", lastMessage: { body } });
      expect(announcements.unreadCount).toBeGreaterThan(0);
      // Not by sending into the announcements.
      const sneaky = await failure(
        agent.caller.messages.send({ conversationId: posted.conversationId, body: "Me too" }),
      );
      expect(sneaky.code).toBe("FORBIDDEN");
      const again = await failure(backoffice.caller.messages.broadcast({ body: "And again" }));
      expect(again.code).toBe("TOO_MANY_REQUESTS");
      expect(again.message).toMatch(/Try again in \d+ seconds?/);
    } finally {
      requesterWatch.stop();
    }
  });

  it("quotas: past the per-minute limit a sender is refused with the wait, and nothing is written", async () => {
    const { caller } = await actAs(database(), "sofia.ramirez");
    const recipient = agent.userId;
    // The limit counts per fixed minute: the burst must not straddle two.
    await awayFromWindowEdge(60);
    for (let i = 0; i < 12; i++) await caller.messages.send({ recipientId: recipient, body: `Burst ${i}` });
    const refused = await failure(caller.messages.send({ recipientId: recipient, body: "One too many" }));
    expect(refused.code).toBe("TOO_MANY_REQUESTS");
    expect(await database().db.message.count({ where: { body: "One too many" } })).toBe(0);
  });

  it("streams new, edited, deleted and read messages to the conversation's members only", async () => {
    const member = await watchMessages("backoffice");
    const outsider = await watchMessages("requester");
    try {
      const sent = await agent.caller.messages.send({ recipientId: backoffice.userId, body: "Live one" });
      await agent.caller.messages.edit({ id: sent.id, body: "Live one, edited" });
      await agent.caller.messages.delete({ id: sent.id });
      await backoffice.caller.messages.markRead({ conversationId: sent.conversationId });
      await expect
        .poll(() => member.changes.filter((c) => c.data.conversationId === sent.conversationId).map((c) => c.data.type))
        .toEqual(["created", "edited", "deleted", "read"]);
      const edited = member.changes.find((c) => c.data.type === "edited")!;
      expect(edited.data.message).toMatchObject({ body: "Live one, edited", editedAt: expect.any(Date) });
      expect(outsider.changes.filter((c) => c.data.conversationId === sent.conversationId)).toEqual([]);
    } finally {
      member.stop();
      outsider.stop();
    }
  });

  it("live.events carries the ticket and message changes a subscriber may see, on one stream", async () => {
    const stream = await watch(database(), "requester", (caller) => caller.live.events({}));
    try {
      const ticket = await requester.caller.tickets.create({
        title: unique("One stream "),
        description: "Both kinds.",
      });
      const message = await agent.caller.messages.send({ recipientId: requester.userId, body: unique("Hola ") });
      const other = await agent.caller.messages.send({ recipientId: backoffice.userId, body: unique("Not for you ") });
      await expect
        .poll(() =>
          stream.changes.map((c) =>
            c.data.kind === "ticket" ? `ticket:${c.data.ticket.ticketId}` : `message:${c.data.message.message?.id}`,
          ),
        )
        .toEqual(expect.arrayContaining([`ticket:${ticket.id}`, `message:${message.id}`]));
      expect(stream.changes.some((c) => c.data.kind === "message" && c.data.message.message?.id === other.id)).toBe(
        false,
      );
    } finally {
      stream.stop();
    }
  });
});
