import { DEFAULT_ROLE_PERMISSIONS, type Prisma } from "./workspace.ts";

// Everything here is inserted with createMany({ skipDuplicates: true }), i.e. INSERT … ON CONFLICT
// DO NOTHING on the unique name: missing rows are created, and rows an admin has since edited
// (permissions, colors, SLA minutes…) are left exactly as they are.

export type Tx = Prisma.TransactionClient;

export type RoleName = keyof typeof DEFAULT_ROLE_PERMISSIONS;

// The built-in roles (admin, agent, requester) come with the migrations: every database has them,
// demo or not. The demo adds a custom role to show what custom roles are for.
const DEMO_ROLES: { name: Exclude<RoleName, "admin" | "agent" | "requester">; description: string }[] = [
  { name: "backoffice", description: "Back-office staff: catalogs, organizations, audit log and announcements." },
];

export const STATUSES = [
  { name: "New", nameEs: "Nuevo", category: "open", color: "#3b82f6", isDefault: true },
  { name: "Open", nameEs: "Abierto", category: "open", color: "#0ea5e9" },
  { name: "In progress", nameEs: "En proceso", category: "open", color: "#8b5cf6" },
  { name: "Waiting on requester", nameEs: "Esperando al solicitante", category: "pending", color: "#f59e0b" },
  { name: "On hold", nameEs: "En espera", category: "pending", color: "#d97706" },
  { name: "Resolved", nameEs: "Resuelto", category: "resolved", color: "#22c55e" },
  { name: "Closed", nameEs: "Cerrado", category: "closed", color: "#64748b" },
] as const satisfies readonly Omit<Prisma.TicketStatusCreateManyInput, "position">[];

export type StatusName = (typeof STATUSES)[number]["name"];

export const PRIORITIES = [
  { name: "Low", nameEs: "Baja", color: "#10b981", responseMinutes: 480, resolutionMinutes: 4320 },
  {
    name: "Normal",
    nameEs: "Normal",
    color: "#3b82f6",
    responseMinutes: 240,
    resolutionMinutes: 1440,
    isDefault: true,
  },
  { name: "High", nameEs: "Alta", color: "#f97316", responseMinutes: 60, resolutionMinutes: 480 },
  { name: "Urgent", nameEs: "Urgente", color: "#ef4444", responseMinutes: 15, resolutionMinutes: 240 },
] as const satisfies readonly Omit<Prisma.PriorityCreateManyInput, "position">[];

export type PriorityName = (typeof PRIORITIES)[number]["name"];

export const CRITICALITIES = [
  { name: "Low", nameEs: "Baja", color: "#84cc16" },
  { name: "Medium", nameEs: "Media", color: "#eab308" },
  { name: "High", nameEs: "Alta", color: "#f97316" },
  { name: "Critical", nameEs: "Crítica", color: "#dc2626" },
] as const satisfies readonly Omit<Prisma.CriticalityCreateManyInput, "position">[];

export type CriticalityName = (typeof CRITICALITIES)[number]["name"];

const CATEGORIES = [
  { name: "Hardware", nameEs: "Hardware", description: "Computers, monitors, docking stations and peripherals." },
  { name: "Software", nameEs: "Software", description: "Business applications, installations and licenses." },
  { name: "Network", nameEs: "Red", description: "VPN, Wi-Fi, cabling and internet connectivity." },
  {
    name: "Accounts & access",
    nameEs: "Cuentas y acceso",
    description: "Passwords, new accounts and permissions to systems and shared folders.",
  },
  { name: "Email", nameEs: "Correo", description: "Mailboxes, synchronization and suspicious messages." },
  { name: "Printing", nameEs: "Impresión", description: "Printers, scanners and print queues." },
  { name: "Telephony", nameEs: "Telefonía", description: "Desk phones, extensions and voicemail." },
  { name: "Other", nameEs: "Otros", description: "Questions and requests that fit no other category." },
] as const satisfies readonly Omit<Prisma.CategoryCreateManyInput, "position">[];

type CategoryName = (typeof CATEGORIES)[number]["name"];

export const PROBLEM_TYPES = [
  { name: "Laptop won't boot", nameEs: "La laptop no enciende", category: "Hardware" },
  { name: "Broken monitor or peripheral", nameEs: "Monitor o periférico dañado", category: "Hardware" },
  { name: "New equipment request", nameEs: "Solicitud de equipo nuevo", category: "Hardware" },
  { name: "Application error", nameEs: "Error en una aplicación", category: "Software" },
  { name: "Software installation", nameEs: "Instalación de software", category: "Software" },
  { name: "VPN not connecting", nameEs: "La VPN no conecta", category: "Network" },
  { name: "No Wi-Fi connection", nameEs: "Sin conexión Wi-Fi", category: "Network" },
  { name: "Slow network", nameEs: "Red lenta", category: "Network" },
  { name: "Password reset", nameEs: "Restablecer contraseña", category: "Accounts & access" },
  { name: "New user account", nameEs: "Alta de usuario nuevo", category: "Accounts & access" },
  { name: "Shared folder access", nameEs: "Acceso a carpeta compartida", category: "Accounts & access" },
  { name: "Mailbox full", nameEs: "Buzón lleno", category: "Email" },
  { name: "Email not syncing", nameEs: "El correo no sincroniza", category: "Email" },
  { name: "Suspicious email", nameEs: "Correo sospechoso", category: "Email" },
  { name: "Printer jam", nameEs: "Atasco de impresora", category: "Printing" },
  { name: "Cannot print", nameEs: "No se puede imprimir", category: "Printing" },
  { name: "Desk phone not working", nameEs: "El teléfono de escritorio no funciona", category: "Telephony" },
  { name: "General question", nameEs: "Consulta general", category: "Other" },
] as const satisfies readonly { name: string; nameEs: string; category: CategoryName }[];

export type ProblemTypeName = (typeof PROBLEM_TYPES)[number]["name"];

export const ORGANIZATIONS = [
  { name: "Acme Corp", domain: "acme.test" },
  { name: "Globex", domain: "globex.test" },
  { name: "Initech", domain: "initech.test" },
  { name: "Hospital San Rafael", domain: "hsanrafael.test" },
  { name: "Municipalidad de Guatemala", domain: "muniguate.test" },
] as const;

export type OrganizationName = (typeof ORGANIZATIONS)[number]["name"];

// Locations have a single name, so the Spanish one goes in the description.
export const LOCATIONS = [
  { name: "Head office", description: "Oficina central — main building, floors 1 to 6." },
  { name: "Warehouse", description: "Bodega — logistics and dispatch." },
  { name: "Branch Zona 10", description: "Sucursal Zona 10 — customer service branch." },
  { name: "Branch Quetzaltenango", description: "Sucursal Quetzaltenango — western region branch." },
  { name: "Data center", description: "Centro de datos — server room and network core." },
  { name: "Remote", description: "Trabajo remoto — people working from home or on the road." },
] as const;

export type LocationName = (typeof LOCATIONS)[number]["name"];

const withPositions = <T extends object>(items: readonly T[]) => items.map((item, position) => ({ ...item, position }));

export async function seedRoles(tx: Tx): Promise<void> {
  await tx.role.createMany({
    data: DEMO_ROLES.map((role) => ({ ...role, permissions: DEFAULT_ROLE_PERMISSIONS[role.name] })),
    skipDuplicates: true,
  });
}

/** Marks the seed's default item as default only while no other item is, so a default the admin
 * moved elsewhere does not end up with a second one when a renamed seed item is re-created. */
function keepOneDefault<T extends { isDefault?: boolean }>(items: readonly T[], hasDefault: boolean): T[] {
  return hasDefault ? items.map((item) => ({ ...item, isDefault: false })) : [...items];
}

export async function seedCatalogs(tx: Tx): Promise<void> {
  const statusDefault = (await tx.ticketStatus.count({ where: { isDefault: true } })) > 0;
  const priorityDefault = (await tx.priority.count({ where: { isDefault: true } })) > 0;
  await tx.ticketStatus.createMany({
    data: withPositions(keepOneDefault<Prisma.TicketStatusCreateManyInput>(STATUSES, statusDefault)),
    skipDuplicates: true,
  });
  await tx.priority.createMany({
    data: withPositions(keepOneDefault<Prisma.PriorityCreateManyInput>(PRIORITIES, priorityDefault)),
    skipDuplicates: true,
  });
  await tx.criticality.createMany({ data: withPositions(CRITICALITIES), skipDuplicates: true });
  await tx.category.createMany({ data: withPositions(CATEGORIES), skipDuplicates: true });

  const categoryIds = await idsByName(tx.category.findMany({ select: { id: true, name: true } }));
  await tx.problemType.createMany({
    data: PROBLEM_TYPES.map(({ category, ...problemType }, position) => ({
      ...problemType,
      position,
      categoryId: categoryIds.get(category) ?? null,
    })),
    skipDuplicates: true,
  });

  await tx.organization.createMany({ data: [...ORGANIZATIONS], skipDuplicates: true });
  await tx.location.createMany({ data: withPositions(LOCATIONS), skipDuplicates: true });
}

export async function seedSettings(tx: Tx): Promise<void> {
  await tx.setting.createMany({ data: [{ key: "registration.enabled", value: true }], skipDuplicates: true });
}

export async function idsByName(rows: Promise<{ id: string; name: string }[]>): Promise<Map<string, string>> {
  return new Map((await rows).map((row) => [row.name, row.id]));
}

/** Reads a row the seed has just ensured exists; a miss means the seed data itself is wrong. */
export function must<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Seed: no ${what} named "${String(key)}"`);
  return value;
}
