-- The ticket numbers given on each UTC day, as ranges: one per day and block of 4096 numbers.
-- Tickets are numbered as they are created, so a creation-date filter also bounds the numbers
-- (services/helpdesk/ticket-list.ts): sorting by number walks the number index only through the
-- period's ranges, instead of past every older ticket first (about a second at a million tickets).
-- Blocks keep a few tickets numbered out of creation order (an import, a corrected date) from
-- widening a day's range over everything between. Statement triggers keep it in the same transaction
-- as every insert and update, whoever writes. A range only widens: a deleted ticket leaves it wider
-- than needed, which still bounds correctly.

-- CreateTable
CREATE TABLE "TicketNumberDay" (
    "day" TEXT NOT NULL,
    "block" INTEGER NOT NULL,
    "firstNumber" INTEGER NOT NULL,
    "lastNumber" INTEGER NOT NULL,

    CONSTRAINT "TicketNumberDay_pkey" PRIMARY KEY ("day","block")
);

-- Widens the ranges the statement's rows fall in. An update that leaves every ticket inside its
-- range (every update but one that moves createdAt) writes and locks nothing.
CREATE FUNCTION "ticket_number_days_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "TicketNumberDay" AS d ("day", "block", "firstNumber", "lastNumber")
  SELECT n."day", n."block", n."first", n."last"
    FROM (SELECT to_char(r."createdAt", 'YYYY-MM-DD') AS "day", r."number" / 4096 AS "block",
                 min(r."number") AS "first", max(r."number") AS "last"
            FROM new_rows r GROUP BY 1, 2) n
   WHERE NOT EXISTS (SELECT 1 FROM "TicketNumberDay" e
                      WHERE e."day" = n."day" AND e."block" = n."block"
                        AND e."firstNumber" <= n."first" AND e."lastNumber" >= n."last")
   ORDER BY n."day", n."block"
  ON CONFLICT ("day", "block") DO UPDATE
    SET "firstNumber" = LEAST(d."firstNumber", EXCLUDED."firstNumber"),
        "lastNumber" = GREATEST(d."lastNumber", EXCLUDED."lastNumber");
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Ticket_number_days_insert" AFTER INSERT ON "Ticket"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "ticket_number_days_apply"();
CREATE TRIGGER "Ticket_number_days_update" AFTER UPDATE ON "Ticket"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "ticket_number_days_apply"();

CREATE FUNCTION "ticket_number_days_clear"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "TicketNumberDay";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Ticket_number_days_truncate" AFTER TRUNCATE ON "Ticket"
  FOR EACH STATEMENT EXECUTE FUNCTION "ticket_number_days_clear"();

INSERT INTO "TicketNumberDay" ("day", "block", "firstNumber", "lastNumber")
SELECT to_char("createdAt", 'YYYY-MM-DD'), "number" / 4096, min("number"), max("number") FROM "Ticket" GROUP BY 1, 2;
