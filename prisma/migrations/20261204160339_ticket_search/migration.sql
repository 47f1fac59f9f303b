-- Full-text search over tickets (title, description) and comments (body): PostgreSQL's own, on the
-- server and on PGlite alike (services/helpdesk/ticket-search.ts runs the queries).
--
-- Accent-insensitive: the text is unaccented before it is parsed ("facturacion" finds "facturación").
-- Two languages: every document holds the English and the Spanish stems of its words, and a query
-- is the English OR the Spanish reading of what was typed, so "printers" finds "printer" and
-- "impresoras" finds "impresora" whichever language the ticket was written in. (One configuration
-- per side: a query must be stemmed the way the document was.)
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is STABLE (it reads a dictionary by name); a generated column needs an IMMUTABLE
-- function, so this wrapper names the dictionary explicitly.
CREATE FUNCTION soporte_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

CREATE FUNCTION soporte_search_document(text, "char") RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT setweight(to_tsvector('english'::regconfig, soporte_unaccent(coalesce($1, ''))), $2)
            || setweight(to_tsvector('spanish'::regconfig, soporte_unaccent(coalesce($1, ''))), $2) $$;

CREATE FUNCTION soporte_search_query(text) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT websearch_to_tsquery('english'::regconfig, soporte_unaccent($1))
            || websearch_to_tsquery('spanish'::regconfig, soporte_unaccent($1)) $$;

-- The documents are kept by triggers rather than generated columns so that a bulk load
-- (prisma/seed/bulk.ts) may insert them precomputed: a row inserted with a document keeps it. In the
-- ranking a title weighs more than a description, a description more than a comment.
ALTER TABLE "Ticket" ADD COLUMN "searchVector" tsvector;
ALTER TABLE "Comment" ADD COLUMN "searchVector" tsvector;

CREATE FUNCTION soporte_ticket_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' OR NEW."searchVector" IS NULL THEN
    NEW."searchVector" := soporte_search_document(NEW."title", 'A') || soporte_search_document(NEW."description", 'B');
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "Ticket_searchVector" BEFORE INSERT OR UPDATE OF "title", "description" ON "Ticket"
  FOR EACH ROW EXECUTE FUNCTION soporte_ticket_search_vector();

CREATE FUNCTION soporte_comment_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' OR NEW."searchVector" IS NULL THEN
    NEW."searchVector" := soporte_search_document(NEW."body", 'C');
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "Comment_searchVector" BEFORE INSERT OR UPDATE OF "body" ON "Comment"
  FOR EACH ROW EXECUTE FUNCTION soporte_comment_search_vector();

-- The tickets and comments already there.
UPDATE "Ticket" SET "title" = "title";
UPDATE "Comment" SET "body" = "body";

CREATE INDEX "Ticket_searchVector_idx" ON "Ticket" USING GIN ("searchVector");
CREATE INDEX "Comment_searchVector_idx" ON "Comment" USING GIN ("searchVector");

-- The newest comments first: common words rank only the newest matches.
CREATE INDEX "Comment_createdAt_idx" ON "Comment"("createdAt" DESC);
