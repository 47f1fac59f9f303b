import { loadSession } from "../src/auth/session-user";
import { createInnerContext } from "../src/context";
import { createCaller } from "../src/root";
import type { TestDatabase } from "@soporte/db/testing";

/** A caller acting as an existing user, through a real session row. */
export async function actAs(database: TestDatabase, username: string) {
  const user = await database.db.user.findUniqueOrThrow({ where: { username }, select: { id: true } });
  const session = await database.db.session.create({
    data: { userId: user.id, kind: "api", expiresAt: new Date(Date.now() + 3_600_000) },
  });
  const auth = await loadSession(database.db, session.id);
  return {
    caller: createCaller(createInnerContext({ db: database.db, auth, meta: { ip: "192.0.2.77" } })),
    auth: auth!,
    userId: user.id,
    sessionId: session.id,
  };
}

export { failure, unique } from "./db";
