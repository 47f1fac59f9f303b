// The catalogue of permission names the API checks. Roles hold a subset of these names.

type Text = { en: string; es: string };
type PermissionInfo = { area: PermissionArea; label: Text; description: Text };

export const PERMISSION_AREAS = {
  dashboard: { en: "Dashboard", es: "Panel" },
  tickets: { en: "Tickets", es: "Tickets" },
  users: { en: "People and access", es: "Personas y acceso" },
  settings: { en: "Configuration", es: "Configuración" },
  messages: { en: "Messages", es: "Mensajes" },
} as const satisfies Record<string, Text>;
export type PermissionArea = keyof typeof PERMISSION_AREAS;

const p = (
  area: PermissionArea,
  en: string,
  es: string,
  descriptionEn: string,
  descriptionEs: string,
): PermissionInfo => ({
  area,
  label: { en, es },
  description: { en: descriptionEn, es: descriptionEs },
});

export const PERMISSIONS = {
  "dashboard.read": p(
    "dashboard",
    "View the dashboard",
    "Ver el panel",
    "Statistics and charts about the tickets one may see.",
    "Estadísticas y gráficos de los tickets que uno puede ver.",
  ),
  "tickets.read.all": p(
    "tickets",
    "See every ticket",
    "Ver todos los tickets",
    "Without it, a user sees only the tickets they requested.",
    "Sin él, un usuario solo ve los tickets que solicitó.",
  ),
  "tickets.read.organization": p(
    "tickets",
    "See the organization's tickets",
    "Ver los tickets de la organización",
    "Also see the tickets of everyone in one's own organization.",
    "Ver también los tickets de todas las personas de la propia organización.",
  ),
  "tickets.create": p("tickets", "Open tickets", "Abrir tickets", "Create new tickets.", "Crear tickets nuevos."),
  "tickets.update": p(
    "tickets",
    "Edit tickets",
    "Editar tickets",
    "Change a ticket's fields: title, priority, category…",
    "Cambiar los campos de un ticket: título, prioridad, categoría…",
  ),
  "tickets.assign": p(
    "tickets",
    "Assign tickets",
    "Asignar tickets",
    "Choose or change who works a ticket.",
    "Elegir o cambiar quién atiende un ticket.",
  ),
  "tickets.status": p(
    "tickets",
    "Change ticket status",
    "Cambiar el estado",
    "Move tickets between statuses, resolve and close them.",
    "Mover tickets entre estados, resolverlos y cerrarlos.",
  ),
  "tickets.delete": p(
    "tickets",
    "Delete tickets",
    "Eliminar tickets",
    "Remove tickets for good.",
    "Eliminar tickets definitivamente.",
  ),
  "tickets.internal": p(
    "tickets",
    "Internal notes",
    "Notas internas",
    "Read and write notes requesters never see.",
    "Leer y escribir notas que los solicitantes nunca ven.",
  ),
  "comments.moderate": p(
    "tickets",
    "Moderate replies",
    "Moderar respuestas",
    "Delete other people's replies and notes on tickets.",
    "Eliminar respuestas y notas de otras personas en los tickets.",
  ),
  "views.share": p(
    "tickets",
    "Share saved views",
    "Compartir vistas guardadas",
    "Share saved ticket views with all staff.",
    "Compartir vistas guardadas de tickets con todo el personal.",
  ),
  "users.read": p(
    "users",
    "Look up people",
    "Buscar personas",
    "Find staff and requesters in pickers (assignee, requester).",
    "Buscar personal y solicitantes en los selectores (asignado, solicitante).",
  ),
  "users.manage": p(
    "users",
    "Manage users",
    "Administrar usuarios",
    "Create, edit, disable and delete users; assign roles; reset passwords.",
    "Crear, editar, desactivar y eliminar usuarios; asignar roles; restablecer contraseñas.",
  ),
  "roles.manage": p(
    "users",
    "Manage roles",
    "Administrar roles",
    "Create roles and choose their permissions.",
    "Crear roles y elegir sus permisos.",
  ),
  "organizations.manage": p(
    "users",
    "Manage organizations and locations",
    "Administrar organizaciones y ubicaciones",
    "Client companies, sites and departments.",
    "Empresas cliente, sedes y departamentos.",
  ),
  "catalogs.manage": p(
    "settings",
    "Manage ticket catalogs",
    "Administrar catálogos",
    "Statuses, priorities, criticality levels, categories and problem types.",
    "Estados, prioridades, criticidades, categorías y tipos de problema.",
  ),
  "settings.manage": p(
    "settings",
    "Manage settings",
    "Administrar la configuración",
    "Instance-wide settings such as self-registration.",
    "Configuración general, como el registro abierto.",
  ),
  "audit.read": p(
    "settings",
    "Read the audit log",
    "Leer la auditoría",
    "Who changed what, and when.",
    "Quién cambió qué y cuándo.",
  ),
  "messages.send": p(
    "messages",
    "Send direct messages",
    "Enviar mensajes directos",
    "Talk to other users one to one.",
    "Conversar con otros usuarios uno a uno.",
  ),
  "messages.broadcast": p(
    "messages",
    "Post announcements",
    "Publicar anuncios",
    "Send a message every user receives.",
    "Enviar un mensaje que reciben todos los usuarios.",
  ),
} as const satisfies Record<string, PermissionInfo>;

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
    "views.share",
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
