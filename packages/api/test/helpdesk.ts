// Helpers for the helpdesk tests: callers for the demo roles and a second requester, and catalog ids.
import type { TestDatabase } from "@soporte/db/testing";
import { actAs } from "./admin";

export async function otherRequesterUsername(database: TestDatabase, except: string[] = ["requester"]) {
  const user = await database.db.user.findFirstOrThrow({
    where: {
      username: { notIn: except },
      isSuperuser: false,
      roles: { every: { role: { name: "requester" } }, some: {} },
    },
    orderBy: { username: "asc" },
    select: { username: true },
  });
  return user.username;
}

/** Callers for the roles the helpdesk tests need. */
export async function helpdeskCallers(database: TestDatabase) {
  const [requester, otherRequester, agent, backoffice, deputy] = await Promise.all([
    actAs(database, "requester"),
    otherRequesterUsername(database).then((username) => actAs(database, username)),
    actAs(database, "agent"),
    actAs(database, "backoffice"),
    actAs(database, "deputy"),
  ]);
  return { requester, otherRequester, agent, backoffice, deputy };
}

export async function catalogIds(database: TestDatabase) {
  const [statuses, priorities, categories, problemTypes] = await Promise.all([
    database.db.ticketStatus.findMany({ select: { id: true, name: true, category: true } }),
    database.db.priority.findMany({ select: { id: true, name: true, responseMinutes: true, resolutionMinutes: true } }),
    database.db.category.findMany({ select: { id: true, name: true } }),
    database.db.problemType.findMany({ select: { id: true, name: true, categoryId: true } }),
  ]);
  const by = <T extends { name: string }>(rows: T[], name: string) => {
    const row = rows.find((r) => r.name === name);
    if (!row) throw new Error(`no catalog item ${name}`);
    return row;
  };
  return {
    status: (name: string) => by(statuses, name),
    priority: (name: string) => by(priorities, name),
    category: (name: string) => by(categories, name),
    problemTypes,
  };
}
