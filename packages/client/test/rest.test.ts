// The REST API as a program in another language uses it: plain fetch and JSON, no shared types; then
// a client generated from the OpenAPI document.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { generatedTypes, TYPES_FILE } from "../scripts/openapi-types";
import { openTickets } from "../examples/rest/open-tickets";
import { expectError, login, PASSWORD, rest, url, type Answer } from "./rest-helpers";

describe("REST /api/v1", () => {
  it("a requester logs in, reads /me, opens a ticket, comments, finds it with filters, refreshes and logs out", async () => {
    const tokens = await login("requester");
    expect(tokens.accessTokenExpiresAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const token = tokens.accessToken;

    const me = await rest("GET", "/me", { token });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ username: "requester", email: "requester@soporte.test" });
    expect(me.body.createdAt).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/);
    expect(me.body).not.toHaveProperty("passwordHash");

    const title = `REST printer jam ${Date.now()}`;
    const created = await rest("POST", "/tickets", {
      token,
      body: { title, description: "The printer on floor 2 jams on every page." },
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ title, number: expect.any(Number), requester: { id: tokens.user.id } });

    const comment = await rest("POST", `/tickets/${created.body.id}/comments`, {
      token,
      body: { body: "It also smells of toner." },
    });
    expect(comment.status).toBe(200);
    const comments = await rest("GET", `/tickets/${created.body.id}/comments`, { token });
    expect(comments.body.items.map((c: { body: string }) => c.body)).toContain("It also smells of toner.");

    const one = await rest("GET", `/tickets/${created.body.id}`, { token });
    expect(one.body).toMatchObject({ id: created.body.id, title });

    const open = await rest("GET", `/tickets?statusCategories=open&statusCategories=pending&sort=number&limit=5`, {
      token,
    });
    expect(open.status).toBe(200);
    expect(open.body.items[0]).toMatchObject({ id: created.body.id, sla: { state: expect.any(String) } });
    expect(open.body.items.length).toBeLessThanOrEqual(5);
    const searched = await rest("GET", `/tickets?search=${encodeURIComponent(title)}`, { token });
    expect(searched.body.items.map((t: { id: string }) => t.id)).toEqual([created.body.id]);

    const refreshed = await rest("POST", "/auth/refresh", { body: { refreshToken: tokens.refreshToken } });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.refreshToken).not.toBe(tokens.refreshToken);
    const fresh = refreshed.body.accessToken as string;
    expect((await rest("GET", "/me", { token: fresh })).status).toBe(200);

    const logout = await rest("POST", "/auth/logout", { token: fresh });
    expect(logout.status).toBe(200);
    expectError(await rest("GET", "/me", { token: fresh }), 401, "UNAUTHORIZED");
    expectError(await rest("POST", "/auth/refresh", { body: { refreshToken: refreshed.body.refreshToken } }), 401, "UNAUTHORIZED");
  });

  it("a refresh token works once: using it again ends the session (a stolen copy is useless)", async () => {
    const tokens = await login("requester");
    const refreshed = await rest("POST", "/auth/refresh", { body: { refreshToken: tokens.refreshToken } });
    expect(refreshed.status).toBe(200);
    expectError(await rest("POST", "/auth/refresh", { body: { refreshToken: tokens.refreshToken } }), 401, "UNAUTHORIZED");
    expectError(await rest("GET", "/me", { token: refreshed.body.accessToken }), 401, "UNAUTHORIZED");
  });

  it("writes the audit log like any other call, under the request id it answers with", async () => {
    const admin = (await login("admin")).accessToken;
    const created = await rest("POST", "/tickets", {
      token: admin,
      body: { title: "Audited over REST", description: "Who opened this, and from where?" },
    });
    const requestId = created.headers.get("x-request-id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const audit = await rest("GET", `/audit?entityType=ticket&entityId=${created.body.id}`, { token: admin });
    expect(audit.status).toBe(200);
    expect(audit.body.items).toEqual([
      expect.objectContaining({ action: "ticket.create", requestId, createdAt: expect.stringMatching(/Z$/) }),
    ]);
  });

  it("answers 401 without a token, 403 without the permission, 404 for another requester's ticket", async () => {
    expectError(await rest("GET", "/tickets"), 401, "UNAUTHORIZED");
    expectError(await rest("GET", "/me", { token: "not-a-token" }), 401, "UNAUTHORIZED");

    const requester = (await login("requester")).accessToken;
    const forbidden = await rest("GET", "/audit", { token: requester });
    expectError(forbidden, 403, "FORBIDDEN");
    expect(forbidden.body.error.message).toContain("audit.read");

    // An agent opens a ticket on behalf of someone else; the demo requester may not see it.
    const agent = (await login("agent")).accessToken;
    const requesters = await rest("GET", "/users/requesters", { token: agent });
    const me = (await rest("GET", "/me", { token: requester })).body as { id: string };
    const other = requesters.body.items.find((u: { id: string }) => u.id !== me.id);
    const theirs = await rest("POST", "/tickets", {
      token: agent,
      body: { title: "Someone else's VPN", description: "Not for the demo requester.", requesterId: other.id },
    });
    expect(theirs.status).toBe(200);
    expectError(await rest("GET", `/tickets/${theirs.body.id}`, { token: requester }), 404, "NOT_FOUND");
    const reply = { token: requester, body: { body: "Is this mine?" } };
    expectError(await rest("POST", `/tickets/${theirs.body.id}/comments`, reply), 404, "NOT_FOUND");
    // Changing a ticket needs a permission requesters lack, whoever's ticket it is.
    expectError(await rest("PATCH", `/tickets/${theirs.body.id}`, { token: requester, body: { title: "Mine now" } }), 403, "FORBIDDEN");
    expect((await rest("GET", `/tickets/${theirs.body.id}`, { token: agent })).body.title).toBe("Someone else's VPN");
  });

  it("answers 400 with field errors for bad input, and changes nothing", async () => {
    const token = (await login("agent")).accessToken;
    const before = await rest("GET", "/tickets?limit=1&sort=number", { token });
    const bad = await rest("POST", "/tickets", { token, body: { title: "", description: "x".repeat(10) } });
    expectError(bad, 400, "BAD_REQUEST");
    expect(Object.keys(bad.body.error.fieldErrors)).toContain("title");
    const after = await rest("GET", "/tickets?limit=1&sort=number", { token });
    expect(after.body.items[0]?.id).toBe(before.body.items[0]?.id);

    expectError(await rest("GET", "/tickets?limit=1000", { token }), 400, "BAD_REQUEST");
    expectError(await rest("GET", "/tickets/not-a-uuid", { token }), 400, "BAD_REQUEST");
    expectError(await rest("GET", "/no/such/path", { token }), 404, "NOT_FOUND");

    const notJson = await fetch(`${url}/api/v1/tickets`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: "{ not json",
    });
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as Answer["body"]).error.code).toBe("PARSE_ERROR");

    const form = await fetch(`${url}/api/v1/tickets`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "text/plain" },
      body: "title=x",
    });
    expect(form.status).toBe(415);

    const huge = await rest("POST", "/tickets", { token, body: { title: "Huge", description: "x".repeat(1_100_000) } });
    expectError(huge, 413, "PAYLOAD_TOO_LARGE");
  });

  it("answers 429 with Retry-After once sign-in attempts run out", async () => {
    const body = { login: `nobody-${Date.now()}`, password: "not the password" };
    let answer = await rest("POST", "/auth/login", { body });
    for (let attempt = 0; attempt < 20 && answer.status === 401; attempt++)
      answer = await rest("POST", "/auth/login", { body });
    expectError(answer, 429, "TOO_MANY_REQUESTS");
    expect(Number(answer.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("refuses a cookie-carrying write from another origin (the CSRF rule of /api/trpc)", async () => {
    const answer = await fetch(`${url}/api/v1/tickets`, {
      method: "POST",
      headers: { cookie: "authjs.session-token=whatever", origin: "https://evil.example", "content-type": "application/json" },
      body: JSON.stringify({ title: "CSRF", description: "Should never be created." }),
    });
    expect(answer.status).toBe(403);
    expect(((await answer.json()) as Answer["body"]).error.code).toBe("FORBIDDEN");
  });

  it("serves messages: a conversation's history and a new message", async () => {
    const agent = await login("agent");
    const requester = await login("requester");
    const sent = await rest("POST", "/messages", {
      token: agent.accessToken,
      body: { recipientId: requester.user.id, body: "Your laptop is ready at the desk." },
    });
    expect(sent.status).toBe(200);
    const conversations = await rest("GET", "/messages/conversations", { token: requester.accessToken });
    const conversation = conversations.body.items.find((c: { id: string }) => c.id === sent.body.conversationId);
    expect(conversation.unreadCount).toBeGreaterThan(0);
    const history = await rest("GET", `/messages/conversations/${conversation.id}`, { token: requester.accessToken });
    expect(history.body.items[0]).toMatchObject({ body: "Your laptop is ready at the desk.", sender: { id: agent.user.id } });
  });

  it("publishes a document with every path and a bearer security scheme", async () => {
    const answer = await fetch(`${url}/api/v1/openapi.json`);
    expect(answer.status).toBe(200);
    const document = (await answer.json()) as Answer["body"];
    expect(document.openapi).toMatch(/^3\./);
    expect(document.servers[0].url).toMatch(/\/api\/v1$/);
    expect(document.components.securitySchemes.Authorization).toMatchObject({ type: "http", scheme: "bearer" });
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/tickets", "/auth/login", "/health"]));
  });
});

describe("a client generated from the document (openapi-typescript + openapi-fetch)", () => {
  it("is generated from the current document", async () => {
    expect(await readFile(TYPES_FILE, "utf8"), "run pnpm --filter @soporte/client openapi:types").toBe(
      await generatedTypes(),
    );
  });

  it("signs in and lists open tickets", async () => {
    const tickets = await openTickets(url, "agent", PASSWORD);
    expect(tickets.length).toBeGreaterThan(0);
    expect(tickets[0]).toMatchObject({ number: expect.any(Number), status: { name: expect.any(String) } });
  });
});
