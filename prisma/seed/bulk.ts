// `SEED_TICKETS=<n> pnpm db:seed`: adds n realistic tickets (and a public reply on a fifth of them) to
// the database in use, for trying the app and measuring it at scale (docs/scale.md). Bulk SQL: one
// INSERT … SELECT from generate_series per chunk of 100 000, two chunks at a time on PostgreSQL,
// with the secondary indexes built after the load.
import { FILLERS, REPLIES, TICKET_TEMPLATES, fill } from "./demo-text.ts";
import type { Db } from "./workspace.ts";

const CHUNK = 100_000;
/** Spread over two years, the way a two-year-old helpdesk holds them. */
const SPAN_DAYS = 730;

type Picks = {
  titles: string[];
  descriptions: string[];
  problemTypeIds: string[];
  categoryIds: string[];
  tags: string[];
  replies: string[];
};

/** The demo templates with every machine / app filled in, as parallel arrays the SQL picks from. */
async function picks(db: Db): Promise<Picks> {
  const problemTypes = await db.problemType.findMany({ select: { id: true, name: true, categoryId: true } });
  const byName = new Map(problemTypes.map((p) => [p.name, p]));
  const out: Picks = { titles: [], descriptions: [], problemTypeIds: [], categoryIds: [], tags: [], replies: [] };
  for (const template of TICKET_TEMPLATES) {
    const problemType = byName.get(template.problemType);
    if (!problemType?.categoryId) continue;
    for (let i = 0; i < FILLERS.app.length; i++) {
      const vars = {
        laptop: FILLERS.laptop[i % FILLERS.laptop.length]!,
        printer: FILLERS.printer[i % FILLERS.printer.length]!,
        app: FILLERS.app[i]!,
        floor: FILLERS.floor[i % FILLERS.floor.length]!,
        requester: "",
        agent: "",
      };
      out.titles.push(fill(template.title, vars));
      out.descriptions.push(fill(template.description, vars));
      out.problemTypeIds.push(problemType.id);
      out.categoryIds.push(problemType.categoryId);
      out.tags.push(template.tags.join(","));
    }
  }
  for (const lang of ["en", "es"] as const) {
    for (const reply of [...REPLIES[lang].firstResponse, ...REPLIES[lang].followUp]) {
      out.replies.push(
        fill(reply, { requester: lang === "en" ? "there" : "hola" }).replace(/^Hi there, |^Hola hola, /, ""),
      );
    }
  }
  if (out.titles.length === 0) throw new Error("SEED_TICKETS needs the demo catalogs: run `pnpm db:seed` first.");
  return out;
}

/** Adds `count` tickets created over the last two years before `now`; returns how many comments came with them. */
export async function seedBulkTickets(db: Db, count: number, now: Date, parallel: number) {
  const p = await picks(db);
  const firstNumber = ((await db.ticket.aggregate({ _max: { number: true } }))._max.number ?? 0) + 1;
  const chunks: [number, number][] = [];
  for (let from = 1; from <= count; from += CHUNK) chunks.push([from, Math.min(count, from + CHUNK - 1)]);
  // Filling indexes row by row costs three times the rows themselves, and checking nine foreign keys
  // row by row as much again: the secondary indexes and the foreign keys of tickets and comments are
  // dropped for the load and put back after it (all of them, whatever happens; each foreign key is
  // validated against every row when it comes back).
  const indexes = await secondaryIndexes(db);
  const foreignKeys = await foreignKeysOf(db);
  for (const key of foreignKeys) await db.$executeRawUnsafe(`ALTER TABLE "${key.table}" DROP CONSTRAINT "${key.name}"`);
  for (const index of indexes) await db.$executeRawUnsafe(`DROP INDEX IF EXISTS "${index.name}"`);
  const seconds = { tickets: 0, "comments, statistics and indexes": 0, "foreign keys": 0 };
  let start = performance.now();
  const lap = (phase: keyof typeof seconds) => {
    seconds[phase] = Math.round((performance.now() - start) / 100) / 10;
    start = performance.now();
  };
  let loaded = false;
  let comments = 0;
  try {
    await inParallel(parallel, chunks, (chunk) => insertChunk(db, chunk, count, now, p));
    loaded = true;
  } finally {
    lap("tickets");
    // Two lanes: one samples the tickets' statistics and builds their indexes, the search index (the
    // longest build) first; the other adds the comments (reading tickets does not wait for an index
    // build), samples and indexes them and then helps with the tickets'. Then the foreign keys come back, the two tables' side
    // by side (adding one waits for the index builds of its tables).
    const ticketIndexes = indexes.filter((i) => i.table === "Ticket").sort((x, y) => Number(y.gin) - Number(x.gin));
    const buildTicketIndexes = () => drain(ticketIndexes, (index) => createIndex(db, index));
    try {
      await lanes(parallel, [
        async () => {
          if (loaded) await analyze(db, "Ticket");
          await buildTicketIndexes();
        },
        async () => {
          try {
            if (loaded) comments = await insertComments(db, firstNumber, p.replies);
            if (loaded) await analyze(db, "Comment");
          } finally {
            for (const index of indexes.filter((i) => i.table === "Comment")) await createIndex(db, index);
          }
          await buildTicketIndexes();
        },
      ]);
      lap("comments, statistics and indexes");
    } finally {
      // Every key is tried, even when an index build or another key failed; a table's keys one by one.
      const addKey = (key: (typeof foreignKeys)[number]) => () =>
        db.$executeRawUnsafe(`ALTER TABLE "${key.table}" ADD CONSTRAINT "${key.name}" ${key.definition}`);
      await lanes(
        parallel,
        ["Ticket", "Comment"].map((table) => () => lanes(1, foreignKeys.filter((k) => k.table === table).map(addKey))),
      );
      lap("foreign keys");
    }
  }
  return { comments, seconds };
}

/**
 * Samples a table's statistics (its columns do not depend on its indexes). The search documents keep
 * a thousand-entry statistic (a 300 000-row sample); the other columns are sampled at the default size
 * apart, which takes a tenth of the time.
 */
async function analyze(db: Db, table: "Ticket" | "Comment") {
  const columns = await db.$queryRaw<{ name: string }[]>`
    SELECT column_name::text AS name FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = ${table} AND column_name <> 'searchVector'`;
  await db.$executeRawUnsafe(`ANALYZE "${table}" (${columns.map((c) => `"${c.name}"`).join(", ")})`);
  await db.$executeRawUnsafe(`ANALYZE "${table}" ("searchVector")`);
}

/** A public reply from the assignee on every fifth answered ticket of the run. */
function insertComments(db: Db, firstNumber: number, replies: string[]) {
  return db.$executeRaw`
    WITH r AS (SELECT ${replies}::text[] AS bodies,
                      ARRAY(SELECT soporte_search_document(b, 'C') FROM unnest(${replies}::text[]) WITH ORDINALITY u(b, i)
                             ORDER BY i) AS docs)
    INSERT INTO "Comment" (id, "ticketId", "authorId", body, internal, "createdAt", "updatedAt", "searchVector")
    SELECT gen_random_uuid(), t.id, t."assigneeId", r.bodies[1 + t.number % ${replies.length}],
           false, t."firstResponseAt", t."firstResponseAt", r.docs[1 + t.number % ${replies.length}]
      FROM "Ticket" t, r
     WHERE t.number >= ${firstNumber} AND t."firstResponseAt" IS NOT NULL AND t."assigneeId" IS NOT NULL
       AND t.number % 5 = 0`;
}

type Index = { table: string; name: string; definition: string; gin: boolean };

function createIndex(db: Db, index: Index) {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL maintenance_work_mem = '256MB'`);
      await tx.$executeRawUnsafe(index.definition.replace(/^CREATE INDEX /, "CREATE INDEX IF NOT EXISTS "));
    },
    { maxWait: 600_000, timeout: 600_000 },
  );
}

/** The indexes of tickets and comments besides primary keys and unique constraints. */
async function secondaryIndexes(db: Db) {
  return db.$queryRaw<Index[]>`
    SELECT i.tablename::text AS "table", i.indexname::text AS name, i.indexdef AS definition,
           i.indexdef LIKE '% USING gin %' AS gin
      FROM pg_indexes i JOIN pg_class c ON c.relname = i.indexname JOIN pg_index x ON x.indexrelid = c.oid
     WHERE i.schemaname = current_schema() AND i.tablename IN ('Ticket', 'Comment')
       AND NOT x.indisprimary AND NOT x.indisunique`;
}

/** Takes items off the shared `queue` and works them one by one until none is left. */
async function drain<T>(queue: T[], work: (item: T) => Promise<unknown>) {
  for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
}

/** Runs `work` on every item, `parallel` at a time. */
async function inParallel<T>(parallel: number, items: T[], work: (item: T) => Promise<unknown>) {
  const queue = [...items];
  await lanes(
    parallel,
    Array.from({ length: Math.max(1, Math.min(parallel, items.length)) }, () => () => drain(queue, work)),
  );
}

/**
 * Runs the lanes side by side (one after the other on a single connection). Every lane runs to its
 * end even when another fails; the first failure is thrown after.
 */
async function lanes(parallel: number, work: (() => Promise<unknown>)[]) {
  const results: PromiseSettledResult<unknown>[] = [];
  if (parallel > 1) results.push(...(await Promise.allSettled(work.map((lane) => lane()))));
  else for (const lane of work) results.push(...(await Promise.allSettled([lane()])));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed) throw failed.reason;
}

/** The foreign keys tickets and comments hold, with the definitions that put them back. */
async function foreignKeysOf(db: Db) {
  return db.$queryRaw<{ table: string; name: string; definition: string }[]>`
    SELECT t.relname::text AS "table", c.conname::text AS name, pg_get_constraintdef(c.oid) AS definition
      FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
     WHERE c.contype = 'f' AND t.relnamespace = current_schema()::regnamespace AND t.relname IN ('Ticket', 'Comment')`;
}

/**
 * Tickets `from`…`to` of the run. Older tickets are mostly finished; open ones are recent. Each field
 * is drawn independently (as in real queues); SLA times follow the priority, a tenth of the answers
 * and resolutions come late.
 */
async function insertChunk(db: Db, [from, to]: [number, number], count: number, now: Date, p: Picks) {
  await db.$executeRaw`
    WITH pt AS MATERIALIZED (
           -- Each text's search document once, not once per ticket (the trigger keeps a given one).
           SELECT i::int, t AS title, d AS description, pt::uuid AS problem_type, c::uuid AS category,
                  string_to_array(tg, ',') AS tags, soporte_search_document(t, 'A') || soporte_search_document(d, 'B') AS doc
             FROM unnest(${p.titles}::text[], ${p.descriptions}::text[], ${p.problemTypeIds}::text[],
                         ${p.categoryIds}::text[], ${p.tags}::text[]) WITH ORDINALITY u(t, d, pt, c, tg, i)),
         st AS (SELECT array_agg(id ORDER BY position) FILTER (WHERE category IN ('open', 'pending')) AS unfinished,
                       array_agg(id ORDER BY position) FILTER (WHERE category = 'resolved') AS resolved,
                       array_agg(id ORDER BY position) FILTER (WHERE category = 'closed') AS closed
                  FROM "TicketStatus" WHERE active),
         pr AS (SELECT array_agg(id ORDER BY position) AS ids, array_agg("responseMinutes" ORDER BY position) AS resp,
                       array_agg("resolutionMinutes" ORDER BY position) AS res FROM "Priority" WHERE active),
         cr AS (SELECT array_agg(id ORDER BY position) AS ids FROM "Criticality" WHERE active),
         rq AS (SELECT array_agg(u.id ORDER BY u.id) AS ids, array_agg(u."organizationId" ORDER BY u.id) AS orgs,
                       array_agg(u."locationId" ORDER BY u.id) AS locs
                  FROM "User" u WHERE u.active AND NOT u."isSuperuser" AND EXISTS (
                    SELECT 1 FROM "UserRole" ur JOIN "Role" r ON r.id = ur."roleId" WHERE ur."userId" = u.id AND r.name = 'requester')),
         ag AS (SELECT array_agg(u.id ORDER BY u.id) AS ids FROM "User" u WHERE u.active AND EXISTS (
                    SELECT 1 FROM "UserRole" ur JOIN "Role" r ON r.id = ur."roleId" WHERE ur."userId" = u.id AND r.name = 'agent')),
         -- Ticket g of the run is created at its share of the span, so tickets are stored (and numbered)
         -- in the order they were created, as in a real helpdesk.
         g AS (SELECT g, ${now}::timestamp - interval '1 day' * ${SPAN_DAYS} * ((${count}::int - g + random()) / ${count}::int) AS created,
                      random() AS rv, random() AS rp, random() AS rc, random() AS rr, random() AS ra, random() AS rs,
                      random() AS late1, random() AS late2
                 FROM generate_series(${from}::int, ${to}::int) g),
         x AS (SELECT g.*, 1 + floor(g.rv * ${p.titles.length})::int AS v,
                      1 + floor(g.rp * array_length(pr.ids, 1))::int AS p,
                      1 + floor(g.rr * array_length(rq.ids, 1))::int AS r,
                      -- Finished: almost every ticket older than two weeks, half of the last two weeks' tickets.
                      CASE WHEN g.rs < CASE WHEN g.created < ${now}::timestamp - interval '14 days' THEN 0.97 ELSE 0.5 END
                           THEN CASE WHEN g.rs < 0.3 THEN 'resolved' ELSE 'closed' END ELSE 'unfinished' END AS state
                 FROM g, pr, rq),
         y AS (SELECT x.*, pr.resp[x.p] AS resp, pr.res[x.p] AS res,
                      -- Answered within 0.2–1.1 of the target (late one time in ten); open ones only half the time.
                      CASE WHEN x.state <> 'unfinished' OR x.late1 < 0.5
                           THEN least(x.created + interval '1 minute' * (pr.resp[x.p] * (0.2 + 0.9 * x.late2)), ${now}::timestamp)
                      END AS answered,
                      CASE WHEN x.state <> 'unfinished'
                           THEN least(x.created + interval '1 minute' * (pr.res[x.p] * (0.3 + 0.8 * x.late1)), ${now}::timestamp)
                      END AS resolved,
                      -- A rare word per ticket: the asset tag, findable by search.
                      substr(md5(x.g::text || ${from}::text), 1, 8) AS asset
                 FROM x, pr)
    INSERT INTO "Ticket" (id, title, description, "statusId", "priorityId", "criticalityId", "categoryId", "problemTypeId",
                          "locationId", "requesterId", "organizationId", "assigneeId", tags, "createdAt", "updatedAt",
                          "firstResponseAt", "resolvedAt", "closedAt", "responseDueAt", "resolutionDueAt",
                          "responseSoonAt", "resolutionSoonAt", "searchVector")
    SELECT gen_random_uuid(), pt.title, pt.description || ' Asset ' || upper(y.asset) || '.',
           CASE y.state WHEN 'resolved' THEN st.resolved[1 + floor(y.ra * array_length(st.resolved, 1))::int]
                        WHEN 'closed' THEN st.closed[1 + floor(y.ra * array_length(st.closed, 1))::int]
                        ELSE st.unfinished[1 + floor(y.ra * array_length(st.unfinished, 1))::int] END,
           pr.ids[y.p], cr.ids[1 + floor(y.rc * array_length(cr.ids, 1))::int],
           pt.category, pt.problem_type, rq.locs[y.r], rq.ids[y.r], rq.orgs[y.r],
           -- A tenth of the open tickets wait for an agent.
           CASE WHEN y.state = 'unfinished' AND y.rc < 0.1 THEN NULL
                ELSE ag.ids[1 + floor(y.ra * array_length(ag.ids, 1))::int] END,
           pt.tags, y.created,
           greatest(y.created, y.answered, y.resolved),
           y.answered, y.resolved,
           CASE WHEN y.state = 'closed' THEN least(y.resolved + interval '2 days', ${now}::timestamp) END,
           y.created + interval '1 minute' * (y.resp), y.created + interval '1 minute' * (y.res),
           y.created + interval '1 minute' * (y.resp * 0.8), y.created + interval '1 minute' * (y.res * 0.8),
           pt.doc || setweight(array_to_tsvector(ARRAY['asset', y.asset]), 'B')
      FROM y JOIN pt ON pt.i = y.v, st, pr, cr, rq, ag
     ORDER BY y.g`;
}
