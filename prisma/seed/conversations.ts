import { must, type Tx } from "./catalogs.ts";
import { HOUR, MINUTE, addMs, uuidv7 } from "./random.ts";
import { ADMIN_EMAIL, AGENT_EMAIL, REQUESTER_EMAIL, loadPeople, type Person } from "./users.ts";

type DemoMessage = {
  from: Person;
  body: string;
  /** How long before the seed ran it was sent. */
  ago: number;
  /** Index of the earlier message this one answers. */
  replyTo?: number;
};

type Reader = { person: Person; /** Index of the last message they have seen; none when unset. */ readUpTo?: number };

/**
 * Two direct conversations and one announcement. A direct conversation is found again by its
 * directKey, the broadcast by its kind, and whatever already exists is left alone.
 */
export async function seedConversations(tx: Tx, now: Date): Promise<void> {
  const people = await loadPeople(tx);
  const admin = must(people, ADMIN_EMAIL, "demo user");
  const agent = must(people, AGENT_EMAIL, "demo user");
  const requester = must(people, REQUESTER_EMAIL, "demo user");

  // Ana has not read Carlos's last message, so the admin sees an unread conversation.
  await seedDirect(
    tx,
    now,
    [
      { person: agent, readUpTo: 4 },
      { person: admin, readUpTo: 3 },
    ],
    [
      {
        from: agent,
        ago: 50 * HOUR,
        body: "Ana, ¿tienes un momento? Hospital San Rafael volvió a reportar cortes de VPN.",
      },
      { from: admin, ago: 49.9 * HOUR, body: "Claro. ¿Es el mismo túnel que falló la semana pasada?" },
      {
        from: agent,
        ago: 49.7 * HOUR,
        body: "Parece que sí. En el firewall se ve que el túnel se renegocia cada diez minutos.",
      },
      {
        from: admin,
        ago: 49.5 * HOUR,
        body: "Súbele la prioridad a Urgente y pídele a David que revise el concentrador hoy mismo.",
      },
      {
        from: agent,
        ago: 26 * HOUR,
        body: "Listo: David actualizó el firmware del concentrador y el túnel lleva estable toda la mañana.",
      },
    ],
  );

  await seedDirect(
    tx,
    now,
    [
      { person: requester, readUpTo: 2 },
      { person: agent, readUpTo: 1 },
    ],
    [
      {
        from: requester,
        ago: 5 * HOUR,
        body: "Hola Carlos, ¿me ayudas con el acceso a la carpeta de Finanzas? Lo necesito hoy para el cierre.",
      },
      {
        from: agent,
        ago: 5 * HOUR - 12 * MINUTE,
        replyTo: 0,
        body: "Claro, Roberto. Ya te agregué al grupo de Finanzas; cierra sesión y vuelve a entrar.",
      },
      { from: requester, ago: 5 * HOUR - 20 * MINUTE, replyTo: 1, body: "¡Funciona! Muchas gracias." },
    ],
  );

  await seedAnnouncement(tx, now, admin, {
    from: admin,
    ago: 72 * HOUR,
    body:
      "Scheduled maintenance: email and VPN will be unavailable on Saturday from 22:00 to 02:00 (UTC−6).\n" +
      "Mantenimiento programado: el correo y la VPN no estarán disponibles el sábado de 22:00 a 02:00 (UTC−6).",
  });
}

async function seedDirect(tx: Tx, now: Date, readers: [Reader, Reader], messages: DemoMessage[]): Promise<void> {
  const directKey = readers
    .map((reader) => reader.person.id)
    .sort()
    .join(":");
  if (await tx.conversation.findUnique({ where: { directKey }, select: { id: true } })) return;
  await createConversation(tx, now, { kind: "direct", directKey, readers, messages });
}

async function seedAnnouncement(tx: Tx, now: Date, author: Person, message: DemoMessage): Promise<void> {
  if (await tx.conversation.findFirst({ where: { kind: "broadcast" }, select: { id: true } })) return;
  await createConversation(tx, now, {
    kind: "broadcast",
    directKey: null,
    readers: [{ person: author, readUpTo: 0 }],
    messages: [message],
  });
}

async function createConversation(
  tx: Tx,
  now: Date,
  input: { kind: "direct" | "broadcast"; directKey: string | null; readers: Reader[]; messages: DemoMessage[] },
): Promise<void> {
  const sent = input.messages.map((message) => ({ ...message, at: addMs(now, -message.ago) }));
  const ids = sent.map((message) => uuidv7(message.at));
  const createdAt = sent[0]?.at ?? now;
  await tx.conversation.create({
    data: {
      id: uuidv7(createdAt),
      kind: input.kind,
      directKey: input.directKey,
      createdAt,
      lastMessageAt: sent.at(-1)?.at ?? createdAt,
      members: {
        createMany: {
          data: input.readers.map(({ person, readUpTo }) => ({
            userId: person.id,
            joinedAt: createdAt,
            lastReadAt: readUpTo === undefined ? null : (sent[readUpTo]?.at ?? null),
          })),
        },
      },
      messages: {
        createMany: {
          data: sent.map((message, index) => ({
            id: ids[index],
            senderId: message.from.id,
            parentId: message.replyTo === undefined ? null : (ids[message.replyTo] ?? null),
            body: message.body,
            createdAt: message.at,
          })),
        },
      },
    },
  });
}
