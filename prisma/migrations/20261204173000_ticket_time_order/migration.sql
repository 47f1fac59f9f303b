-- A ticket is updated, answered, resolved, closed and due no earlier than it was created. The list
-- relies on it (services/helpdesk/ticket-filters.ts): a creation-date filter bounds the updatedAt and
-- resolutionDueAt sorts too, so their indexes start at that date.
ALTER TABLE "Ticket"
  ADD CONSTRAINT "Ticket_updated_after_created" CHECK ("updatedAt" >= "createdAt"),
  ADD CONSTRAINT "Ticket_due_after_created" CHECK ("resolutionDueAt" >= "createdAt" AND "responseDueAt" >= "createdAt");
