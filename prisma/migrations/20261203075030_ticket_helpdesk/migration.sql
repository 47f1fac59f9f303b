-- The helpdesk: tickets always carry their SLA due times, sort by priority through an index, and the
-- audit log knows which ticket an entry belongs to (for the ticket's history) and whether it is
-- about an internal note.

-- DropIndex
DROP INDEX "Ticket_resolutionDueAt_idx";

-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "internal" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "ticketId" UUID;

-- Tickets written before the due times were required get them from their priority.
UPDATE "Ticket" t SET
  "responseDueAt" = COALESCE(t."responseDueAt", t."createdAt" + make_interval(mins => p."responseMinutes")),
  "resolutionDueAt" = COALESCE(t."resolutionDueAt", t."createdAt" + make_interval(mins => p."resolutionMinutes"))
FROM "Priority" p
WHERE p.id = t."priorityId" AND (t."responseDueAt" IS NULL OR t."resolutionDueAt" IS NULL);

-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "priorityRank" INTEGER NOT NULL DEFAULT 0,
ALTER COLUMN "responseDueAt" SET NOT NULL,
ALTER COLUMN "resolutionDueAt" SET NOT NULL;

-- priorityRank is the ticket's priority's position, whoever writes the ticket (the API, the seed,
-- bulk SQL) and whenever priorities are reordered.
CREATE FUNCTION "ticket_priority_rank"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT p."position" INTO NEW."priorityRank" FROM "Priority" p WHERE p.id = NEW."priorityId";
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Ticket_priority_rank"
  BEFORE INSERT OR UPDATE OF "priorityId" ON "Ticket"
  FOR EACH ROW EXECUTE FUNCTION "ticket_priority_rank"();

CREATE FUNCTION "priority_position_to_tickets"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Ticket" SET "priorityRank" = NEW."position" WHERE "priorityId" = NEW.id;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Priority_position_to_tickets"
  AFTER UPDATE OF "position" ON "Priority"
  FOR EACH ROW WHEN (OLD."position" IS DISTINCT FROM NEW."position")
  EXECUTE FUNCTION "priority_position_to_tickets"();

UPDATE "Ticket" t SET "priorityRank" = p."position" FROM "Priority" p WHERE p.id = t."priorityId";

-- The admin role holds every permission: it gains the two the helpdesk adds.
UPDATE "Role" SET "permissions" = ARRAY(
  SELECT DISTINCT p FROM unnest("permissions" || ARRAY['tickets.read.organization', 'comments.moderate']) AS p ORDER BY p
) WHERE "name" = 'admin' AND "builtIn";

-- CreateIndex
CREATE INDEX "AuditLog_ticketId_id_idx" ON "AuditLog"("ticketId", "id");

-- CreateIndex
CREATE INDEX "Ticket_priorityRank_id_idx" ON "Ticket"("priorityRank", "id");

-- CreateIndex
CREATE INDEX "Ticket_resolutionDueAt_id_idx" ON "Ticket"("resolutionDueAt", "id");

-- CreateIndex
CREATE INDEX "Ticket_statusId_createdAt_id_idx" ON "Ticket"("statusId", "createdAt" DESC, "id" DESC);
