// The CSV export: the writer's quoting, formula protection and dates; the query string's filters;
// and, against the real database, that an export holds exactly what the caller's list holds.
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createInnerContext } from "../src/context";
import {
  csvCell,
  csvLine,
  exportFileName,
  startTicketExport,
  ticketCsvChunks,
  ticketFiltersFromQuery,
} from "../src/services/helpdesk/ticket-export";
import { failure, useTestDatabase } from "./db";
import { catalogIds, helpdeskCallers } from "./helpdesk";

const database = useTestDatabase();
let who: Awaited<ReturnType<typeof helpdeskCallers>>;
let catalog: Awaited<ReturnType<typeof catalogIds>>;

beforeAll(async () => {
  who = await helpdeskCallers(database());
  catalog = await catalogIds(database());
});

/** A minimal RFC 4180 reader, to check that what was written reads back as the same fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      endField();
    } else if (!quoted && c === "\r" && text[i + 1] === "\n") {
      endField();
      rows.push(row);
      row = [];
      i++;
    } else {
      field += c;
    }
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

async function collect(chunks: AsyncIterable<string>) {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}

describe("CSV writer", () => {
  it("quotes commas, quotes and line breaks, and reads back as the same text", () => {
    const values = ["plain", "a, b", 'say "hi"', "two\nlines", "cr\r\nlf", "", "ñandú — ü"];
    const line = csvLine(values);
    expect(line).toBe('plain,"a, b","say ""hi""","two\nlines","cr\r\nlf",,ñandú — ü\r\n');
    expect(parseCsv(line)).toEqual([values]);
  });

  it("keeps spreadsheet formulas from running: = + - @ tab and CR lead to a quoted text cell", () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell("+1+1")).toBe("'+1+1");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("\r=1")).toBe(`"'\r=1"`);
    expect(csvCell("a=1")).toBe("a=1");
    // Numbers are written as numbers, even negative ones.
    expect(csvCell(-5)).toBe("-5");
  });

  it("writes dates as ISO 8601 in UTC whatever the time zone, and nothing for empty values", () => {
    expect(csvCell(new Date(Date.UTC(2026, 11, 5, 23, 30, 0, 120)))).toBe("2026-12-05T23:30:00.120Z");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(exportFileName(new Date("2026-12-05T23:59:59-03:00"))).toBe("tickets-2026-12-06.csv");
  });
});

describe("export filters from the query string", () => {
  it("takes tickets.list's filters: lists repeated or comma-separated, empty values ignored", () => {
    const a = "0195f2a0-0000-7000-8000-000000000001";
    const b = "0195f2a0-0000-7000-8000-000000000002";
    const filters = ticketFiltersFromQuery(
      new URLSearchParams(
        `search=printer&statusIds=${a}&statusIds=${b}&priorityIds=${a},${b}&assignee=me&sla=breached&createdFrom=2026-01-01&tags=&sort=number&direction=asc`,
      ),
    );
    expect(filters).toEqual({
      search: "printer",
      statusIds: [a, b],
      priorityIds: [a, b],
      assignee: "me",
      sla: "breached",
      createdFrom: new Date("2026-01-01"),
      tags: [],
      sort: "number",
      direction: "asc",
    });
  });

  it("refuses a bad filter or an unknown parameter with field errors", () => {
    for (const [query, field] of [
      ["statusIds=nope", "statusIds"],
      ["sla=late", "sla"],
      ["sort=title", "sort"],
      ["assignee=me&assignee=unassigned", "assignee"],
    ] as const) {
      try {
        ticketFiltersFromQuery(new URLSearchParams(query));
        expect.unreachable(query);
      } catch (error) {
        expect((error as { code: string }).code).toBe("BAD_REQUEST");
        const cause = (error as { cause: unknown }).cause;
        expect(cause instanceof z.ZodError && Object.keys(z.flattenError(cause).fieldErrors), query).toEqual([field]);
      }
    }
    try {
      ticketFiltersFromQuery(new URLSearchParams("status=open&sla=breached"));
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toBe('Invalid filter "status".');
      const cause = (error as { cause: unknown }).cause;
      expect(cause instanceof z.ZodError && z.flattenError(cause).fieldErrors).toEqual({ status: ["Unknown filter."] });
    }
  });
});

describe("ticket export", () => {
  it("holds a requester's own tickets only, the same rows as their list, in its order", async () => {
    const { db } = database();
    const auth = who.requester.auth;
    const text = await collect(ticketCsvChunks({ db, auth }, ticketFiltersFromQuery(new URLSearchParams())));
    expect(
      text.startsWith(
        "\uFEFFNumber,Title,Status,Priority,Category,Requester,Assignee,Created,Updated,SLA state,Resolution due\r\n",
      ),
    ).toBe(true);
    const [, ...rows] = parseCsv(text.slice(1));
    const own = await db.ticket.findMany({
      where: { OR: [{ requesterId: who.requester.userId }, { assigneeId: who.requester.userId }] },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { number: true },
    });
    expect(own.length).toBeGreaterThan(0);
    expect(rows.map((row) => Number(row[0]))).toEqual(own.map((t) => t.number));
    expect(new Set(rows.map((row) => row[5]))).toEqual(new Set([auth.user.fullName]));
  });

  it("pages through every matching ticket for staff, stops at the cap, and applies the filters", async () => {
    const { db } = database();
    const auth = who.agent.auth;
    const all = await collect(ticketCsvChunks({ db, auth }, ticketFiltersFromQuery(new URLSearchParams())));
    expect(parseCsv(all.slice(1)).length - 1).toBe(await db.ticket.count());

    const capped = await collect(
      ticketCsvChunks({ db, auth }, ticketFiltersFromQuery(new URLSearchParams("sort=number&direction=asc")), {
        maxRows: 150,
      }),
    );
    const numbers = parseCsv(capped.slice(1))
      .slice(1)
      .map((row) => Number(row[0]));
    expect(numbers).toHaveLength(150);
    expect(numbers).toEqual([...numbers].sort((x, y) => x - y));

    const high = catalog.priority("High");
    const filtered = await collect(
      ticketCsvChunks({ db, auth }, ticketFiltersFromQuery(new URLSearchParams(`priorityIds=${high.id}`))),
    );
    const rows = parseCsv(filtered.slice(1)).slice(1);
    expect(rows.length).toBe(await db.ticket.count({ where: { priorityId: high.id } }));
    expect(new Set(rows.map((row) => row[3]))).toEqual(new Set([high.name]));
    for (const row of rows) expect(row[7]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it("refuses the signed-out, then rate-limits each user with the shared mechanism", async () => {
    const { db } = database();
    const anonymous = createInnerContext({ db });
    expect((await failure(startTicketExport(anonymous, new URLSearchParams()))).code).toBe("UNAUTHORIZED");

    const ctx = createInnerContext({ db, auth: who.backoffice.auth });
    // A bad filter is refused before it counts against the limit.
    expect((await failure(startTicketExport(ctx, new URLSearchParams("sla=late")))).code).toBe("BAD_REQUEST");
    const started = await startTicketExport(ctx, new URLSearchParams(), new Date("2026-12-05T10:00:00Z"));
    expect(started.fileName).toBe("tickets-2026-12-05.csv");
    const bucket = await db.rateLimitBucket.findFirst({
      where: { key: `ticket-export:user:${who.backoffice.userId}` },
      orderBy: { windowStart: "desc" },
    });
    expect(bucket?.count).toBe(1);
    await db.rateLimitBucket.update({
      where: { key_windowStart: { key: bucket!.key, windowStart: bucket!.windowStart } },
      data: { count: 10_000 },
    });
    const limited = await failure(startTicketExport(ctx, new URLSearchParams()));
    expect(limited.code).toBe("TOO_MANY_REQUESTS");
    expect(limited.message).toMatch(/Too many exports\. Try again in/);
  });
});
