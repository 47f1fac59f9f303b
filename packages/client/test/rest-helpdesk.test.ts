// The rest of the helpdesk and messaging over REST, as a program in another language uses it: saved
// views, comment edits, bulk changes, the bell's notifications, message edits. Plain fetch and JSON.
import { describe, expect, it } from "vitest";
import { expectError, login, rest } from "./rest-helpers";

const stamp = () => Date.now().toString(36);

async function openTicket(token: string, title: string, extra: Record<string, unknown> = {}) {
  const created = await rest("POST", "/tickets", {
    token,
    body: { title, description: "Opened by the REST helpdesk test.", ...extra },
  });
  expect(created.status).toBe(200);
  return created.body as { id: string; number: number };
}

describe("REST /api/v1: saved views", () => {
  it("an agent saves a view, finds it, renames it and deletes it; nobody else may change it", async () => {
    const agent = (await login("agent")).accessToken;
    const admin = (await login("admin")).accessToken;
    const requester = (await login("requester")).accessToken;
    const name = `My open tickets ${stamp()}`;

    const created = await rest("POST", "/views", {
      token: agent,
      body: {
        name,
        filters: { statusCategories: ["open", "pending"], assignee: "me", createdFrom: "2026-01-01", tags: ["VPN"] },
        shared: true,
      },
    });
    expect(created.status).toBe(200);
    // Stored as parsed: defaults filled in, tags lower-cased, dates as date-times.
    expect(created.body).toMatchObject({
      name,
      shared: true,
      mine: true,
      stale: false,
      filters: {
        statusCategories: ["open", "pending"],
        assignee: "me",
        tags: ["vpn"],
        createdFrom: "2026-01-01T00:00:00.000Z",
        sort: "createdAt",
        direction: "desc",
      },
    });
    expect(created.body.createdAt).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/);
    const id = created.body.id as string;

    const mine = await rest("GET", "/views", { token: agent });
    expect(mine.status).toBe(200);
    expect(mine.body.items).toContainEqual(expect.objectContaining({ id, name, mine: true }));

    // Shared: other staff see it, but it is not theirs to change; a requester never sees it.
    const theirs = await rest("GET", "/views", { token: admin });
    expect(theirs.body.items).toContainEqual(expect.objectContaining({ id, mine: false }));
    expect(
      (await rest("GET", "/views", { token: requester })).body.items.map((v: { id: string }) => v.id),
    ).not.toContain(id);
    expectError(await rest("PATCH", `/views/${id}`, { token: admin, body: { name: "Taken over" } }), 404, "NOT_FOUND");
    expectError(await rest("DELETE", `/views/${id}`, { token: requester }), 404, "NOT_FOUND");

    const renamed = await rest("PATCH", `/views/${id}`, { token: agent, body: { name: `${name} (renamed)` } });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ id, name: `${name} (renamed)`, filters: { assignee: "me" } });

    const taken = await rest("POST", "/views", { token: agent, body: { name: `${name} (RENAMED)`, filters: {} } });
    expectError(taken, 409, "CONFLICT");
    expect(Object.keys(taken.body.error.fieldErrors)).toEqual(["name"]);
    // Sharing needs views.share, which requesters lack.
    const sharing = { name: `Shared ${stamp()}`, filters: {}, shared: true };
    expectError(await rest("POST", "/views", { token: requester, body: sharing }), 403, "FORBIDDEN");

    const deleted = await rest("DELETE", `/views/${id}`, { token: agent });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({ id });
    expect((await rest("GET", "/views", { token: agent })).body.items.map((v: { id: string }) => v.id)).not.toContain(
      id,
    );
    expectError(await rest("DELETE", `/views/${id}`, { token: agent }), 404, "NOT_FOUND");
  });
});

describe("REST /api/v1: comments", () => {
  it("its author edits and deletes a comment; anyone else is refused", async () => {
    const requester = (await login("requester")).accessToken;
    const agent = (await login("agent")).accessToken;
    const ticket = await openTicket(requester, `REST comment edits ${stamp()}`);
    const reply = await rest("POST", `/tickets/${ticket.id}/comments`, {
      token: requester,
      body: { body: "The screen flickers." },
    });
    expect(reply.status).toBe(200);
    expect(reply.body.editedAt).toBeNull();
    const id = reply.body.id as string;

    // The agent may read it, but it is not theirs: FORBIDDEN (deleting others' needs comments.moderate).
    const edit = await rest("PATCH", `/comments/${id}`, { token: agent, body: { body: "Rewritten by staff." } });
    expectError(edit, 403, "FORBIDDEN");
    const remove = await rest("DELETE", `/comments/${id}`, { token: agent });
    expectError(remove, 403, "FORBIDDEN");
    expect(remove.body.error.message).toContain("comments.moderate");

    // An internal note is not even there for the requester: NOT_FOUND.
    const note = await rest("POST", `/tickets/${ticket.id}/comments`, {
      token: agent,
      body: { body: "Probably the cable.", internal: true },
    });
    expect(note.status).toBe(200);
    expectError(
      await rest("PATCH", `/comments/${note.body.id}`, { token: requester, body: { body: "Mine?" } }),
      404,
      "NOT_FOUND",
    );
    expectError(await rest("DELETE", `/comments/${note.body.id}`, { token: requester }), 404, "NOT_FOUND");

    const edited = await rest("PATCH", `/comments/${id}`, {
      token: requester,
      body: { body: "The screen flickers when it warms up." },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ id, body: "The screen flickers when it warms up.", ticketId: ticket.id });
    expect(edited.body.editedAt).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/);
    expectError(await rest("PATCH", `/comments/${id}`, { token: requester, body: { body: " " } }), 400, "BAD_REQUEST");

    const deleted = await rest("DELETE", `/comments/${id}`, { token: requester });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({ id });
    const left = await rest("GET", `/tickets/${ticket.id}/comments`, { token: agent });
    expect(left.body.items.map((c: { id: string }) => c.id)).toEqual([note.body.id]);
    expectError(await rest("DELETE", `/comments/${id}`, { token: requester }), 404, "NOT_FOUND");
  });
});

describe("REST /api/v1: bulk changes", () => {
  it("an agent assigns two tickets and sets their status in one call; the permission of each field is checked", async () => {
    const agent = await login("agent");
    const token = agent.accessToken;
    const tickets = [
      await openTicket(token, `REST bulk A ${stamp()}`),
      await openTicket(token, `REST bulk B ${stamp()}`),
    ];
    const ids = tickets.map((t) => t.id);
    const catalogs = await rest("GET", "/catalogs", { token });
    const pending = catalogs.body.statuses.find((s: { category: string; active: boolean }) => s.category === "pending");
    expect(pending).toBeDefined();

    const bulk = await rest("POST", "/tickets/bulk", {
      token,
      body: { ids, assigneeId: agent.user.id, statusId: pending.id },
    });
    expect(bulk.status).toBe(200);
    expect(bulk.body).toEqual({ updated: 2 });
    for (const id of ids) {
      const ticket = await rest("GET", `/tickets/${id}`, { token });
      expect(ticket.body).toMatchObject({ assignee: { id: agent.user.id }, status: { id: pending.id } });
    }
    // Already so: nothing changes.
    expect((await rest("POST", "/tickets/bulk", { token, body: { ids, statusId: pending.id } })).body).toEqual({
      updated: 0,
    });

    // Back office may set statuses but not assign: FORBIDDEN names the missing permission.
    const backoffice = (await login("backoffice")).accessToken;
    const refused = await rest("POST", "/tickets/bulk", { token: backoffice, body: { ids, assigneeId: null } });
    expectError(refused, 403, "FORBIDDEN");
    expect(refused.body.error.message).toContain("tickets.assign");
    // A requester holds none of the three permissions; choosing nothing to change is a field error.
    const requester = (await login("requester")).accessToken;
    expectError(
      await rest("POST", "/tickets/bulk", { token: requester, body: { ids, statusId: pending.id } }),
      403,
      "FORBIDDEN",
    );
    expectError(await rest("POST", "/tickets/bulk", { token, body: { ids } }), 400, "BAD_REQUEST");
    const unknown = { ids: [...ids, "0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59"], assigneeId: null };
    expectError(await rest("POST", "/tickets/bulk", { token, body: unknown }), 404, "NOT_FOUND");
    expect((await rest("GET", `/tickets/${ids[0]}`, { token })).body.assignee).toMatchObject({ id: agent.user.id });
  });
});

describe("REST /api/v1: notifications", () => {
  it("lists the bell's notifications, marks one read, then all", async () => {
    const agent = (await login("agent")).accessToken;
    const admin = await login("admin");
    // An agent assigns two tickets to the admin: two notifications for the admin.
    const tickets = [
      await openTicket(agent, `REST bell A ${stamp()}`),
      await openTicket(agent, `REST bell B ${stamp()}`),
    ];
    for (const ticket of tickets) {
      const assigned = await rest("POST", `/tickets/${ticket.id}/assign`, {
        token: agent,
        body: { assigneeId: admin.user.id },
      });
      expect(assigned.status).toBe(200);
    }
    const token = admin.accessToken;

    const unread = await rest("GET", "/notifications/unread", { token });
    expect(unread.status).toBe(200);
    expect(unread.body.total).toBeGreaterThanOrEqual(2);

    const list = await rest("GET", "/notifications?limit=2", { token });
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(2);
    expect(list.body.nextCursor === null || typeof list.body.nextCursor === "string").toBe(true);
    const [newest, older] = list.body.items;
    expect(newest).toMatchObject({
      kind: "ticket.assigned",
      ticketId: tickets[1]!.id,
      ticketNumber: tickets[1]!.number,
      conversationId: null,
      readAt: null,
    });
    expect(newest.text).toContain("REST bell B");
    expect(newest.createdAt).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/);
    expect(older).toMatchObject({ ticketId: tickets[0]!.id, readAt: null });

    // Someone else's notification is not there for them.
    expectError(await rest("POST", `/notifications/${newest.id}/read`, { token: agent }), 404, "NOT_FOUND");
    const read = await rest("POST", `/notifications/${newest.id}/read`, { token });
    expect(read.status).toBe(200);
    expect(read.body).toEqual({ id: newest.id });
    const after = await rest("GET", "/notifications?limit=2", { token });
    expect(after.body.items[0]).toMatchObject({ id: newest.id, readAt: expect.stringMatching(/Z$/) });
    expect(after.body.items[1]).toMatchObject({ id: older.id, readAt: null });
    expect((await rest("GET", "/notifications/unread", { token })).body.total).toBe(unread.body.total - 1);

    const all = await rest("POST", "/notifications/read-all", { token });
    expect(all.status).toBe(200);
    expect(all.body.updated).toBeGreaterThanOrEqual(1);
    expect((await rest("GET", "/notifications/unread", { token })).body).toEqual({ total: 0 });
    expect((await rest("POST", "/notifications/read-all", { token })).body).toEqual({ updated: 0 });
    expectError(await rest("POST", "/notifications/read-all", { token: "not-a-token" }), 401, "UNAUTHORIZED");
  });
});

describe("REST /api/v1: messages", () => {
  it("its sender edits and deletes a message; the other member and outsiders are refused", async () => {
    const agent = await login("agent");
    const requester = await login("requester");
    const backoffice = (await login("backoffice")).accessToken;

    const found = await rest("GET", "/messages/recipients?search=requester&limit=5", { token: agent.accessToken });
    expect(found.status).toBe(200);
    expect(found.body.items).toContainEqual(
      expect.objectContaining({ id: requester.user.id, fullName: expect.any(String) }),
    );
    expect(found.body.items.map((p: { id: string }) => p.id)).not.toContain(agent.user.id);

    const sent = await rest("POST", "/messages", {
      token: agent.accessToken,
      body: { recipientId: requester.user.id, body: "Your monitor arrives on Tuesdya." },
    });
    expect(sent.status).toBe(200);
    const id = sent.body.id as string;

    const edited = await rest("PATCH", `/messages/${id}`, {
      token: agent.accessToken,
      body: { body: "Your monitor arrives on Tuesday." },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ id, body: "Your monitor arrives on Tuesday.", deletedAt: null });
    expect(edited.body.editedAt).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/);

    // The other member reads it but may not change it; an outsider does not find it.
    const theirs = { token: requester.accessToken, body: { body: "Monday, actually." } };
    expectError(await rest("PATCH", `/messages/${id}`, theirs), 403, "FORBIDDEN");
    expectError(await rest("DELETE", `/messages/${id}`, { token: requester.accessToken }), 403, "FORBIDDEN");
    expectError(await rest("PATCH", `/messages/${id}`, { ...theirs, token: backoffice }), 404, "NOT_FOUND");
    expectError(await rest("DELETE", `/messages/${id}`, { token: backoffice }), 404, "NOT_FOUND");

    const deleted = await rest("DELETE", `/messages/${id}`, { token: agent.accessToken });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toMatchObject({ id, body: "", deletedAt: expect.stringMatching(/Z$/) });
    const history = await rest("GET", `/messages/conversations/${sent.body.conversationId}`, {
      token: requester.accessToken,
    });
    expect(history.body.items.find((m: { id: string }) => m.id === id)).toMatchObject({
      body: "",
      deletedAt: expect.any(String),
    });
    expectError(await rest("DELETE", `/messages/${id}`, { token: agent.accessToken }), 409, "CONFLICT");
    expectError(
      await rest("PATCH", `/messages/${id}`, { token: agent.accessToken, body: { body: "Back?" } }),
      409,
      "CONFLICT",
    );
  });
});
