import { DAY, HOUR, addMs, uuidv7 } from "./random.ts";
import {
  ORGANIZATIONS,
  idsByName,
  must,
  type LocationName,
  type OrganizationName,
  type RoleName,
  type Tx,
} from "./catalogs.ts";

/** The one password of every demo account (the start script prints it). */
export const DEMO_PASSWORD = "soporte-demo-2026";

export type Lang = "en" | "es";

type DemoUser = {
  email: string;
  fullName: string;
  role: RoleName;
  /** The language the person writes tickets and messages in. */
  lang: Lang;
  organization?: OrganizationName;
  location?: LocationName;
  isSuperuser?: boolean;
};

const DEMO_ACCOUNTS: DemoUser[] = [
  {
    email: "admin@soporte.test",
    fullName: "Ana Administradora",
    role: "admin",
    lang: "es",
    location: "Head office",
    isSuperuser: true,
  },
  { email: "agent@soporte.test", fullName: "Carlos Técnico", role: "agent", lang: "es", location: "Head office" },
  {
    email: "backoffice@soporte.test",
    fullName: "Beatriz Backoffice",
    role: "backoffice",
    lang: "es",
    location: "Head office",
  },
  {
    email: "requester@soporte.test",
    fullName: "Roberto Solicitante",
    role: "requester",
    lang: "es",
    organization: "Acme Corp",
    location: "Head office",
  },
  // An administrator by role only, so what the admin role itself allows can be tried (and tested).
  { email: "deputy@soporte.test", fullName: "Delia Delegada", role: "admin", lang: "es", location: "Head office" },
];

const agent = (handle: string, fullName: string, lang: Lang, location: LocationName): DemoUser => ({
  email: `${handle}@soporte.test`,
  fullName,
  role: "agent",
  lang,
  location,
});

const AGENTS: DemoUser[] = [
  agent("sofia.ramirez", "Sofía Ramírez", "es", "Head office"),
  agent("david.chen", "David Chen", "en", "Data center"),
  agent("mariana.lopez", "Mariana López", "es", "Branch Zona 10"),
  agent("james.wilson", "James Wilson", "en", "Remote"),
  agent("jorge.castillo", "Jorge Castillo", "es", "Branch Quetzaltenango"),
  agent("emily.parker", "Emily Parker", "en", "Head office"),
];

const domainOf = (organization: OrganizationName) =>
  ORGANIZATIONS.find((candidate) => candidate.name === organization)?.domain ?? "example.test";

const requester = (
  handle: string,
  fullName: string,
  lang: Lang,
  organization: OrganizationName,
  location: LocationName,
): DemoUser => ({
  email: `${handle}@${domainOf(organization)}`,
  fullName,
  role: "requester",
  lang,
  organization,
  location,
});

const REQUESTERS: DemoUser[] = [
  requester("lucia.fernandez", "Lucía Fernández", "es", "Acme Corp", "Head office"),
  requester("john.miller", "John Miller", "en", "Acme Corp", "Head office"),
  requester("valeria.morales", "Valeria Morales", "es", "Acme Corp", "Warehouse"),
  requester("michael.brown", "Michael Brown", "en", "Acme Corp", "Remote"),
  requester("andres.gomez", "Andrés Gómez", "es", "Acme Corp", "Warehouse"),
  requester("sarah.johnson", "Sarah Johnson", "en", "Globex", "Head office"),
  requester("kevin.nguyen", "Kevin Nguyen", "en", "Globex", "Remote"),
  requester("paula.herrera", "Paula Herrera", "es", "Globex", "Branch Zona 10"),
  requester("olivia.smith", "Olivia Smith", "en", "Globex", "Head office"),
  requester("diego.ramos", "Diego Ramos", "es", "Globex", "Data center"),
  requester("peter.collins", "Peter Collins", "en", "Initech", "Head office"),
  requester("laura.mendez", "Laura Méndez", "es", "Initech", "Head office"),
  requester("samir.patel", "Samir Patel", "en", "Initech", "Remote"),
  requester("gabriela.cruz", "Gabriela Cruz", "es", "Initech", "Branch Zona 10"),
  requester("tom.becker", "Tom Becker", "en", "Initech", "Warehouse"),
  requester("isabel.ortiz", "Isabel Ortiz", "es", "Hospital San Rafael", "Head office"),
  requester("fernando.alvarez", "Fernando Álvarez", "es", "Hospital San Rafael", "Head office"),
  requester("carmen.reyes", "Carmen Reyes", "es", "Hospital San Rafael", "Branch Quetzaltenango"),
  requester("luis.pineda", "Luis Pineda", "es", "Hospital San Rafael", "Data center"),
  requester("rachel.adams", "Rachel Adams", "en", "Hospital San Rafael", "Branch Quetzaltenango"),
  requester("jose.hernandez", "José Hernández", "es", "Municipalidad de Guatemala", "Head office"),
  requester("maria.castro", "María José Castro", "es", "Municipalidad de Guatemala", "Branch Zona 10"),
  requester("ricardo.solis", "Ricardo Solís", "es", "Municipalidad de Guatemala", "Branch Zona 10"),
  requester("daniela.ruiz", "Daniela Ruiz", "es", "Municipalidad de Guatemala", "Head office"),
  requester("estuardo.barrios", "Estuardo Barrios", "es", "Municipalidad de Guatemala", "Remote"),
];

const DEMO_USERS = [...DEMO_ACCOUNTS, ...AGENTS, ...REQUESTERS];

export const ADMIN_EMAIL = "admin@soporte.test";
export const AGENT_EMAIL = "agent@soporte.test";
export const REQUESTER_EMAIL = "requester@soporte.test";
export const STAFF_EMAILS = DEMO_USERS.filter((user) => user.role !== "requester").map((user) => user.email);
export const AGENT_EMAILS = DEMO_USERS.filter((user) => user.role === "agent").map((user) => user.email);
export const REQUESTER_EMAILS = DEMO_USERS.filter((user) => user.role === "requester").map((user) => user.email);

const AVATAR_COLORS = [
  "#4f46e5",
  "#0891b2",
  "#059669",
  "#d97706",
  "#dc2626",
  "#7c3aed",
  "#db2777",
  "#2563eb",
  "#65a30d",
  "#ea580c",
  "#0d9488",
  "#9333ea",
];

/**
 * Creates the demo accounts that do not exist yet, each with its role. Existing accounts are not
 * touched: their password, roles and profile may have been changed on purpose since.
 */
export async function seedUsers(tx: Tx, now: Date, passwordHash: () => Promise<string>): Promise<void> {
  const existing = await tx.user.findMany({
    where: { email: { in: DEMO_USERS.map((user) => user.email) } },
    select: { email: true },
  });
  const existingEmails = new Set(existing.map((user) => user.email));
  const missing = DEMO_USERS.filter((user) => !existingEmails.has(user.email));
  if (missing.length === 0) return;

  const [hash, organizations, locations, roles] = await Promise.all([
    passwordHash(),
    idsByName(tx.organization.findMany({ select: { id: true, name: true } })),
    idsByName(tx.location.findMany({ select: { id: true, name: true } })),
    idsByName(tx.role.findMany({ select: { id: true, name: true } })),
  ]);

  const planned = missing.map((user) => ({
    role: user.role,
    row: userRow(user, now, hash, organizations, locations),
  }));
  // A clash on the username alone (someone registered "admin" with another email) skips that row,
  // so roles are given only to the rows actually inserted.
  const inserted = await tx.user.createManyAndReturn({
    data: planned.map(({ row }) => row),
    skipDuplicates: true,
    select: { id: true },
  });
  const insertedIds = new Set(inserted.map((user) => user.id));
  await tx.userRole.createMany({
    data: planned
      .filter(({ row }) => insertedIds.has(row.id))
      .map(({ row, role }) => ({ userId: row.id, roleId: must(roles, role, "role"), assignedAt: row.createdAt })),
    skipDuplicates: true,
  });
}

function userRow(
  user: DemoUser,
  now: Date,
  passwordHash: string,
  organizations: ReadonlyMap<string, string>,
  locations: ReadonlyMap<string, string>,
) {
  const index = DEMO_USERS.indexOf(user);
  // Accounts date from three months back so they predate the demo tickets they open.
  const createdAt = addMs(now, -90 * DAY + index * HOUR);
  const email = user.email.toLowerCase();
  return {
    id: uuidv7(createdAt),
    email,
    username: email.slice(0, email.indexOf("@")),
    passwordHash,
    fullName: user.fullName,
    // The accounts people sign in with keep the default UI language, so what a first visit shows
    // is predictable; everyone else uses the language they write in.
    locale: DEMO_ACCOUNTS.includes(user) ? "en" : user.lang,
    avatarColor: AVATAR_COLORS[index % AVATAR_COLORS.length] ?? "#4f46e5",
    isSuperuser: user.isSuperuser ?? false,
    organizationId: user.organization ? must(organizations, user.organization, "organization") : null,
    locationId: user.location ? must(locations, user.location, "location") : null,
    createdAt,
    updatedAt: createdAt,
  };
}

export type Person = {
  id: string;
  email: string;
  fullName: string;
  firstName: string;
  lang: Lang;
  organizationId: string | null;
  locationId: string | null;
};

/** The demo people, by email, as they are in the database now. */
export async function loadPeople(tx: Tx): Promise<Map<string, Person>> {
  const users = await tx.user.findMany({
    where: { email: { in: DEMO_USERS.map((user) => user.email) } },
    select: { id: true, email: true, fullName: true, organizationId: true, locationId: true },
  });
  const langs = new Map(DEMO_USERS.map((user) => [user.email, user.lang]));
  return new Map(
    users.map((user) => [
      user.email,
      { ...user, firstName: user.fullName.split(" ")[0] ?? user.fullName, lang: langs.get(user.email) ?? "en" },
    ]),
  );
}
