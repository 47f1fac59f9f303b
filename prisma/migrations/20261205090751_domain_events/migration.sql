-- Domain events (lib/unit-of-work.ts writes them in the transaction of their change; lib/event-hub.ts
-- reads them in every app instance). A statement trigger announces each batch with NOTIFY, which
-- PostgreSQL delivers only on commit; the payload is empty, a listener reads the rows after the last
-- id it has seen. The unit of work holds an advisory lock from writing its events to its commit, so ids
-- become visible in increasing order and a reader never skips one that commits late.

-- CreateTable
CREATE TABLE "DomainEvent" (
    "id" BIGSERIAL NOT NULL,
    "payload" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DomainEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DomainEvent_createdAt_idx" ON "DomainEvent"("createdAt");

CREATE FUNCTION "domain_events_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('soporte_events', '');
  RETURN NULL;
END;
$$;

CREATE TRIGGER "DomainEvent_notify" AFTER INSERT ON "DomainEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "domain_events_notify"();
