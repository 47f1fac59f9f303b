-- The built-in roles are part of the product, not demo data: the code refers to them by name
-- (registration gives "requester", `pnpm admin:create` gives "admin"), and they cannot be deleted
-- or renamed. Creating them here means every migrated database has them, with or without the demo.
-- Their permissions are DEFAULT_ROLE_PERMISSIONS in packages/api at the time of writing; a test
-- checks the two agree. Databases seeded before this migration already have them: left as they are.
INSERT INTO "Role" ("id", "name", "description", "builtIn", "permissions", "updatedAt") VALUES
  (gen_random_uuid(), 'admin', 'Full access to every part of Soporte.', true, ARRAY['dashboard.read', 'tickets.read.all', 'tickets.create', 'tickets.update', 'tickets.assign', 'tickets.status', 'tickets.delete', 'tickets.internal', 'users.read', 'users.manage', 'roles.manage', 'organizations.manage', 'catalogs.manage', 'settings.manage', 'audit.read', 'messages.send', 'messages.broadcast'], CURRENT_TIMESTAMP),
  (gen_random_uuid(), 'agent', 'Works the ticket queue: replies, assigns and resolves tickets.', true, ARRAY['dashboard.read', 'tickets.read.all', 'tickets.create', 'tickets.update', 'tickets.assign', 'tickets.status', 'tickets.internal', 'users.read', 'messages.send'], CURRENT_TIMESTAMP),
  (gen_random_uuid(), 'requester', 'Opens tickets and follows their own requests.', true, ARRAY['tickets.create', 'messages.send'], CURRENT_TIMESTAMP)
ON CONFLICT ("name") DO NOTHING;
