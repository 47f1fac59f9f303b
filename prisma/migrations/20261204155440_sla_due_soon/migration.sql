-- When each SLA target becomes "due soon": the last fifth of the time between creation and the due
-- time (services/helpdesk/sla.ts soonAt), stored so lists filter by SLA state with an index.
ALTER TABLE "Ticket" ADD COLUMN "resolutionSoonAt" TIMESTAMP(3), ADD COLUMN "responseSoonAt" TIMESTAMP(3);

UPDATE "Ticket" SET
  "responseSoonAt" = "responseDueAt" - 0.2 * ("responseDueAt" - "createdAt"),
  "resolutionSoonAt" = "resolutionDueAt" - 0.2 * ("resolutionDueAt" - "createdAt");

ALTER TABLE "Ticket" ALTER COLUMN "resolutionSoonAt" SET NOT NULL, ALTER COLUMN "responseSoonAt" SET NOT NULL;
