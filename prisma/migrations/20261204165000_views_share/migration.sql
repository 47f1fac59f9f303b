-- Saved views: sharing one with all staff needs "views.share". The built-in admin role holds every
-- permission, and agents work the ticket list together, so both gain it.
UPDATE "Role" SET "permissions" = ARRAY(
  SELECT DISTINCT p FROM unnest("permissions" || ARRAY['views.share']) AS p ORDER BY p
) WHERE "name" IN ('admin', 'agent') AND "builtIn";
