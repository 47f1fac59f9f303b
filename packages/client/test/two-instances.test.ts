// Two app instances on one PostgreSQL database, as behind a load balancer: an event committed through
// one reaches a subscriber of the other (LISTEN/NOTIFY and the DomainEvent table), also across a
// failover that cuts every database connection of both. PostgreSQL only: two processes cannot share
// an embedded database.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { rawFromUrl } from "@soporte/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TicketChange } from "@soporte/api";
import { createSoporteClient } from "../src/index";
import { freePort, untilReady } from "./servers";

const adminUrl = process.env.TEST_DATABASE_URL;
const root = path.resolve(import.meta.dirname, "../../..");
const PASSWORD = "soporte-demo-2026";

const name = `soporte_two_${randomBytes(4).toString("hex")}`;
const servers: ChildProcess[] = [];
const urls: string[] = [];

/** Runs `text` as the admin user of TEST_DATABASE_URL. */
async function sql(text: string) {
  const admin = await rawFromUrl(adminUrl!);
  try {
    return await admin.query(text);
  } finally {
    await admin.close();
  }
}

/** An instance of the production server (e2e/serve.mjs: migrates, seeds once, serves) on the shared database. */
async function startInstance(): Promise<string> {
  const port = await freePort();
  const url = new URL(adminUrl!);
  url.pathname = `/${name}`;
  const server = spawn(process.execPath, ["e2e/serve.mjs", String(port)], {
    cwd: root,
    env: { ...process.env, TEST_DATABASE_URL: "", DATABASE_URL: url.toString(), LOG_LEVEL: "error" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  servers.push(server);
  const base = `http://localhost:${port}`;
  await untilReady(base, server);
  return base;
}

/** Retries `call` until it succeeds (at most `seconds`): how long the app takes to be usable again. */
async function untilItWorks<T>(call: () => Promise<T>, seconds = 15): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  for (;;) {
    try {
      return { value: await call(), ms: Date.now() - started };
    } catch (error) {
      if (Date.now() - started > seconds * 1000) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

describe.skipIf(!adminUrl)("two instances on one PostgreSQL", () => {
  beforeAll(async () => {
    await sql(`CREATE DATABASE "${name}"`);
    urls.push(await startInstance()); // migrates and seeds first
    urls.push(await startInstance());
  }, 400_000);

  afterAll(async () => {
    await Promise.all(
      servers.map(async (server) => {
        if (server.exitCode !== null) return;
        const exited = new Promise((resolve) => server.once("exit", resolve));
        server.kill("SIGTERM");
        await exited;
      }),
    );
    await sql(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }, 60_000);

  it("a change sent through one instance reaches a subscriber of the other, also after a failover, once", async () => {
    const watcher = createSoporteClient({ url: urls[0]! });
    await watcher.login("agent", PASSWORD);
    const sender = createSoporteClient({ url: urls[1]! });
    await sender.login("requester", PASSWORD);

    const changes: { id: string; data: TicketChange }[] = [];
    const errors: unknown[] = [];
    const subscription = watcher.api.tickets.onChange.subscribe(
      {},
      { onData: (change) => changes.push(change), onError: (error) => errors.push(error) },
    );
    try {
      // The stream is open once the server answers it; a ping would also show it, a ticket shows more.
      const first = await untilItWorks(async () => {
        const ticket = await sender.api.tickets.create.mutate({ title: "Across instances", description: "One." });
        await expect.poll(() => changes.map((c) => c.data.ticketId), { timeout: 3000 }).toContain(ticket.id);
        return ticket;
      });
      const delivered = changes.find((c) => c.data.ticketId === first.value.id)!;
      expect(delivered.data).toMatchObject({ type: "created", number: first.value.number });

      // A failover: every database connection of both instances is cut.
      const cut = await sql(
        `SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity WHERE datname = '${name}' AND pid <> pg_backend_pid()`,
      );
      expect(cut.length).toBeGreaterThanOrEqual(2); // at least each instance's listener

      // Both instances are still up and answer again within seconds, without a restart.
      const again = await untilItWorks(() =>
        sender.api.tickets.create.mutate({ title: "After the cut", description: "Two." }),
      );
      expect(again.ms).toBeLessThan(10_000);
      await untilItWorks(() => watcher.api.me.get.query());
      expect(servers.every((server) => server.exitCode === null)).toBe(true);

      // What was sent meanwhile arrives once the listener is back, and nothing twice.
      await expect.poll(() => changes.map((c) => c.data.ticketId), { timeout: 15_000 }).toContain(again.value.id);
      const ids = changes.map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(errors).toEqual([]);
    } finally {
      subscription.unsubscribe();
    }
  }, 60_000);

  it("a message sent through one instance reaches its recipient subscribed on the other", async () => {
    const recipient = createSoporteClient({ url: urls[0]! });
    await recipient.login("agent", PASSWORD);
    const sender = createSoporteClient({ url: urls[1]! });
    await sender.login("backoffice", PASSWORD);
    const bodies: string[] = [];
    const subscription = recipient.api.messages.onMessage.subscribe(
      {},
      { onData: ({ data }) => data.type === "created" && data.message && bodies.push(data.message.body) },
    );
    try {
      const body = await untilItWorks(async () => {
        const text = `Across instances ${randomBytes(3).toString("hex")}`;
        await sender.api.messages.send.mutate({ recipientId: (await recipient.api.me.get.query()).id, body: text });
        await expect.poll(() => bodies, { timeout: 3000 }).toContain(text);
        return text;
      });
      expect(bodies.filter((b) => b === body.value)).toHaveLength(1);
    } finally {
      subscription.unsubscribe();
    }
  }, 60_000);
});
