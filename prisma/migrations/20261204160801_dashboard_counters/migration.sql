-- Dashboard counters (dashboard.stats): how many tickets per status, and how many unfinished ones
-- (resolvedAt IS NULL) per priority, criticality, category, location and assignee, per assignee and
-- UTC day their SLA is breached, and tickets created / resolved per UTC day. Statement triggers on
-- "Ticket" keep them in the same transaction as every change, whoever writes (the API, the seed,
-- bulk SQL), so the dashboard reads a few hundred rows instead of counting a million tickets.

-- CreateTable
CREATE TABLE "TicketCounter" (
    "dimension" TEXT NOT NULL,
    "key" TEXT NOT NULL DEFAULT '',
    "day" TEXT NOT NULL DEFAULT '',
    "count" INTEGER NOT NULL,

    CONSTRAINT "TicketCounter_pkey" PRIMARY KEY ("dimension","key","day")
);

-- CreateIndex: the medians of a period read the first-response and resolution times from the index alone.
CREATE INDEX "Ticket_createdAt_firstResponseAt_resolvedAt_idx" ON "Ticket"("createdAt", "firstResponseAt", "resolvedAt");

-- The counter rows one ticket adds to. "breach" is the UTC day the ticket's SLA becomes breached
-- while it stays unfinished — services/helpdesk/sla.ts slaWhere("breached"): the resolution due time,
-- or the response due time while there is no first response, or at once ("0000-00-00") after a late
-- first response. to_char with an explicit format does not depend on DateStyle; timestamps are UTC.
CREATE FUNCTION "ticket_counter_keys"(
  status_id UUID, priority_id UUID, criticality_id UUID, category_id UUID, location_id UUID, assignee_id UUID,
  created_at TIMESTAMP(3), resolved_at TIMESTAMP(3), first_response_at TIMESTAMP(3),
  response_due_at TIMESTAMP(3), resolution_due_at TIMESTAMP(3)
) RETURNS TABLE ("dimension" TEXT, "key" TEXT, "day" TEXT) LANGUAGE sql STABLE AS $$
  SELECT 'status', status_id::text, ''
  UNION ALL SELECT 'created', '', to_char(created_at, 'YYYY-MM-DD')
  UNION ALL SELECT 'resolved', '', to_char(resolved_at, 'YYYY-MM-DD') WHERE resolved_at IS NOT NULL
  UNION ALL SELECT u.dimension, u.key, u.day FROM (VALUES
      ('priority', priority_id::text, ''),
      ('criticality', COALESCE(criticality_id::text, ''), ''),
      ('category', COALESCE(category_id::text, ''), ''),
      ('location', COALESCE(location_id::text, ''), ''),
      ('assignee', COALESCE(assignee_id::text, ''), ''),
      ('breach', COALESCE(assignee_id::text, ''),
        CASE
          WHEN first_response_at > response_due_at THEN '0000-00-00'
          WHEN first_response_at IS NULL THEN to_char(LEAST(response_due_at, resolution_due_at), 'YYYY-MM-DD')
          ELSE to_char(resolution_due_at, 'YYYY-MM-DD')
        END)
    ) AS u ("dimension", "key", "day")
    WHERE resolved_at IS NULL
$$;

-- Adds what one statement changed to the counters; rows that reach zero go. Rows are locked in key
-- order, so two transactions changing tickets never wait on each other in a cycle. An update that
-- changes no counted field (a title, updatedAt) nets to nothing and writes nothing.
CREATE FUNCTION "ticket_counters_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  dimensions TEXT[];
  keys TEXT[];
  days TEXT[];
  deltas INTEGER[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(x.dimension), array_agg(x.key), array_agg(x.day), array_agg(x.n)
      INTO dimensions, keys, days, deltas
      FROM (SELECT k.dimension, k.key, k.day, count(*)::int AS n
              FROM new_rows r CROSS JOIN LATERAL "ticket_counter_keys"(r."statusId", r."priorityId", r."criticalityId", r."categoryId", r."locationId", r."assigneeId",
                                        r."createdAt", r."resolvedAt", r."firstResponseAt", r."responseDueAt", r."resolutionDueAt") k
             GROUP BY 1, 2, 3) x;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(x.dimension), array_agg(x.key), array_agg(x.day), array_agg(x.n)
      INTO dimensions, keys, days, deltas
      FROM (SELECT k.dimension, k.key, k.day, -count(*)::int AS n
              FROM old_rows r CROSS JOIN LATERAL "ticket_counter_keys"(r."statusId", r."priorityId", r."criticalityId", r."categoryId", r."locationId", r."assigneeId",
                                        r."createdAt", r."resolvedAt", r."firstResponseAt", r."responseDueAt", r."resolutionDueAt") k
             GROUP BY 1, 2, 3) x;
  ELSE
    SELECT array_agg(x.dimension), array_agg(x.key), array_agg(x.day), array_agg(x.n)
      INTO dimensions, keys, days, deltas
      FROM (SELECT c.dimension, c.key, c.day, sum(c.n)::int AS n
              FROM (SELECT k.dimension, k.key, k.day, 1 AS n
                      FROM new_rows r CROSS JOIN LATERAL "ticket_counter_keys"(r."statusId", r."priorityId", r."criticalityId", r."categoryId", r."locationId", r."assigneeId",
                                        r."createdAt", r."resolvedAt", r."firstResponseAt", r."responseDueAt", r."resolutionDueAt") k
                    UNION ALL
                    SELECT k.dimension, k.key, k.day, -1
                      FROM old_rows r CROSS JOIN LATERAL "ticket_counter_keys"(r."statusId", r."priorityId", r."criticalityId", r."categoryId", r."locationId", r."assigneeId",
                                        r."createdAt", r."resolvedAt", r."firstResponseAt", r."responseDueAt", r."resolutionDueAt") k) c
             GROUP BY 1, 2, 3
            HAVING sum(c.n) <> 0) x;
  END IF;
  IF dimensions IS NULL THEN
    RETURN NULL;
  END IF;

  WITH upserted AS (
    INSERT INTO "TicketCounter" AS c ("dimension", "key", "day", "count")
    SELECT * FROM unnest(dimensions, keys, days, deltas) ORDER BY 1, 2, 3
    ON CONFLICT ("dimension", "key", "day") DO UPDATE SET "count" = c."count" + EXCLUDED."count"
    RETURNING c."dimension", c."key", c."day", c."count"
  )
  SELECT array_agg(u."dimension"), array_agg(u."key"), array_agg(u."day") INTO dimensions, keys, days
    FROM upserted u WHERE u."count" = 0;
  IF dimensions IS NOT NULL THEN
    DELETE FROM "TicketCounter" c
     USING unnest(dimensions, keys, days) AS z ("dimension", "key", "day")
     WHERE c."dimension" = z."dimension" AND c."key" = z."key" AND c."day" = z."day" AND c."count" = 0;
  END IF;
  RETURN NULL;
END;
$$;

-- Transition tables allow one event per trigger.
CREATE TRIGGER "Ticket_counters_insert" AFTER INSERT ON "Ticket"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "ticket_counters_apply"();
CREATE TRIGGER "Ticket_counters_update" AFTER UPDATE ON "Ticket"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "ticket_counters_apply"();
CREATE TRIGGER "Ticket_counters_delete" AFTER DELETE ON "Ticket"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "ticket_counters_apply"();

CREATE FUNCTION "ticket_counters_clear"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "TicketCounter";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Ticket_counters_truncate" AFTER TRUNCATE ON "Ticket"
  FOR EACH STATEMENT EXECUTE FUNCTION "ticket_counters_clear"();

-- The tickets already there.
INSERT INTO "TicketCounter" ("dimension", "key", "day", "count")
SELECT k.dimension, k.key, k.day, count(*)::int FROM "Ticket" t CROSS JOIN LATERAL "ticket_counter_keys"(t."statusId", t."priorityId", t."criticalityId", t."categoryId", t."locationId", t."assigneeId",
                                        t."createdAt", t."resolvedAt", t."firstResponseAt", t."responseDueAt", t."resolutionDueAt") k
 GROUP BY 1, 2, 3;
