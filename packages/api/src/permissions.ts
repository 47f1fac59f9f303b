// The catalogue of permission names the API checks. Roles hold a subset of these names.

export const PERMISSIONS = {
  "dashboard.read": { area: "dashboard", en: "View the dashboard", es: "Ver el panel" },
  "tickets.read.all": { area: "tickets", en: "See every ticket", es: "Ver todos los tickets" },
  "tickets.create": { area: "tickets", en: "Open tickets", es: "Abrir tickets" },
  "tickets.update": { area: "tickets", en: "Edit ticket fields", es: "Editar campos de tickets" },
  "tickets.assign": { area: "tickets", en: "Assign tickets", es: "Asignar tickets" },
  "tickets.status": { area: "tickets", en: "Change ticket status", es: "Cambiar el estado de tickets" },
  "tickets.delete": { area: "tickets", en: "Delete tickets", es: "Eliminar tickets" },
  "tickets.internal": { area: "tickets", en: "Read and write internal notes", es: "Leer y escribir notas internas" },
  "users.read": { area: "users", en: "See users", es: "Ver usuarios" },
  "users.manage": { area: "users", en: "Manage users", es: "Administrar usuarios" },
  "roles.manage": { area: "users", en: "Manage roles", es: "Administrar roles" },
  "organizations.manage": { area: "users", en: "Manage organizations and locations", es: "Administrar organizaciones y ubicaciones" },
  "catalogs.manage": { area: "settings", en: "Manage ticket catalogs", es: "Administrar catálogos de tickets" },
  "settings.manage": { area: "settings", en: "Manage instance settings", es: "Administrar la configuración" },
  "audit.read": { area: "settings", en: "Read the audit log", es: "Leer el registro de auditoría" },
  "messages.send": { area: "messages", en: "Send direct messages", es: "Enviar mensajes directos" },
  "messages.broadcast": { area: "messages", en: "Post announcements to everyone", es: "Publicar anuncios para todos" },
} as const satisfies Record<string, { area: string; en: string; es: string }>;

export type Permission = keyof typeof PERMISSIONS;

export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

export function isPermission(name: string): name is Permission {
  return Object.hasOwn(PERMISSIONS, name);
}

/** The permissions the built-in and demo roles are seeded with. */
export const DEFAULT_ROLE_PERMISSIONS: Record<"admin" | "agent" | "requester" | "backoffice", Permission[]> = {
  admin: ALL_PERMISSIONS,
  agent: [
    "dashboard.read",
    "tickets.read.all",
    "tickets.create",
    "tickets.update",
    "tickets.assign",
    "tickets.status",
    "tickets.internal",
    "users.read",
    "messages.send",
  ],
  backoffice: [
    "dashboard.read",
    "tickets.read.all",
    "tickets.create",
    "tickets.update",
    "tickets.status",
    "tickets.internal",
    "users.read",
    "catalogs.manage",
    "organizations.manage",
    "audit.read",
    "messages.send",
    "messages.broadcast",
  ],
  requester: ["tickets.create", "messages.send"],
};
