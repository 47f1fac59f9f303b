import { Prisma } from "@soporte/db";
import { beforeAll, describe, expect, it } from "vitest";
import { ticketScope, ticketScopeSql } from "../src/services/helpdesk/ticket-scope";
import { unique, useTestDatabase } from "./db";
import { helpdeskCallers } from "./helpdesk";

const database = useTestDatabase();
let who: Awaited<ReturnType<typeof helpdeskCallers>>;

beforeAll(async () => {
  who = await helpdeskCallers(database());
});

type Caller = typeof who.agent.caller;
const found = async (caller: Caller, search: string, sort: "relevance" | "createdAt" = "relevance") =>
  (await caller.tickets.list({ search, sort, limit: 100 })).items.map((t) => t.number);

describe("ticket search", () => {
  it("ignores accents and case, in the text and in what was typed", async () => {
    const word = unique("zq");
    const ticket = await who.requester.caller.tickets.create({
      title: `Error de facturación ${word}`,
      description: "La factura sale sin número.",
    });
    for (const search of [`facturacion ${word}`, `FACTURACIÓN ${word}`, `numero ${word}`, `número ${word}`]) {
      expect(await found(who.agent.caller, search), search).toEqual([ticket.number]);
    }
  });

  it("finds Spanish and English words by their stem, whichever language the ticket is in", async () => {
    const word = unique("zq");
    const es = await who.requester.caller.tickets.create({
      title: `La impresora no imprime ${word}`,
      description: "Las hojas salen en blanco.",
    });
    const en = await who.requester.caller.tickets.create({
      title: `Printer jammed ${word}`,
      description: "Pages are coming out blank.",
    });
    expect(await found(who.agent.caller, `impresoras ${word}`)).toEqual([es.number]);
    expect(await found(who.agent.caller, `printers ${word}`)).toEqual([en.number]);
    expect(await found(who.agent.caller, `hoja ${word}`)).toEqual([es.number]);
    expect(await found(who.agent.caller, `page ${word}`)).toEqual([en.number]);
    expect((await found(who.agent.caller, word)).sort()).toEqual([es.number, en.number].sort());
    expect(await found(who.agent.caller, `${word} -printer`)).toEqual([es.number]);
  });

  it("ranks a title match above a description match above a comment match", async () => {
    const word = unique("zq");
    const inComment = await who.requester.caller.tickets.create({ title: "Slow laptop", description: "Very slow." });
    await who.agent.caller.comments.create({ ticketId: inComment.id, body: `Try ${word} first.` });
    const inDescription = await who.requester.caller.tickets.create({ title: "VPN", description: `It says ${word}.` });
    const inTitle = await who.requester.caller.tickets.create({ title: `${word} on boot`, description: "At boot." });
    expect(await found(who.agent.caller, word)).toEqual([inTitle.number, inDescription.number, inComment.number]);
    // Any other sort orders the same matches by it.
    expect(await found(who.agent.caller, word, "createdAt")).toEqual([
      inTitle.number,
      inDescription.number,
      inComment.number,
    ]);
  });

  it("jumps to a ticket by its number, with or without #", async () => {
    const ticket = await who.requester.caller.tickets.create({ title: "Numbered ticket", description: "Find me." });
    expect((await found(who.agent.caller, `#${ticket.number}`))[0]).toBe(ticket.number);
    expect((await found(who.agent.caller, String(ticket.number)))[0]).toBe(ticket.number);
    expect(await found(who.otherRequester.caller, `#${ticket.number}`)).toEqual([]);
  });

  it("never shows a requester another requester's ticket, nor internal-note text", async () => {
    const word = unique("zq");
    const theirs = await who.otherRequester.caller.tickets.create({ title: `Secret ${word}`, description: "Theirs." });
    expect(await found(who.agent.caller, word)).toEqual([theirs.number]);
    expect(await found(who.requester.caller, word)).toEqual([]);

    const note = unique("zq");
    const mine = await who.requester.caller.tickets.create({ title: "My own ticket", description: "Mine." });
    await who.agent.caller.comments.create({ ticketId: mine.id, body: `Staff only: ${note}`, internal: true });
    expect(await found(who.agent.caller, note)).toEqual([mine.number]);
    expect(await found(who.requester.caller, note)).toEqual([]);
    await who.agent.caller.comments.create({ ticketId: mine.id, body: `Public: ${note}` });
    expect(await found(who.requester.caller, note)).toEqual([mine.number]);
  });

  it("finds nothing, without an error, for a search without words", async () => {
    expect(await found(who.agent.caller, "!!! --- ")).toEqual([]);
  });
});

describe("the ticket scope in SQL", () => {
  it("selects exactly the tickets the Prisma scope selects, for every kind of caller", async () => {
    const { db } = database();
    for (const [name, caller] of Object.entries(who)) {
      const auth = (caller as { auth: Parameters<typeof ticketScope>[0] }).auth;
      const viaPrisma = await db.ticket.findMany({ where: ticketScope(auth), select: { id: true } });
      const viaSql = await db.$queryRaw<{ id: string }[]>(
        Prisma.sql`SELECT t.id FROM "Ticket" t WHERE ${ticketScopeSql(auth)}`,
      );
      expect(viaSql.map((r) => r.id).sort(), name).toEqual(viaPrisma.map((r) => r.id).sort());
    }
  });
});
