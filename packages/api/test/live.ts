// Helpers for the live-update tests: a subscription consumed in the background, as a client does.
import type { TestDatabase } from "@soporte/db/testing";
import { createInnerContext } from "../src/context";
import { createCaller } from "../src/root";
import { actAs } from "./admin";

type Caller = ReturnType<typeof createCaller>;

/**
 * A subscription `open`s for `username`, read in the background: `changes` fills as events arrive,
 * `ended` resolves when the server ends the stream, `stop()` closes it as a client going away does.
 */
export async function watch<Item extends { id: string; data: unknown }>(
  database: TestDatabase,
  username: string,
  open: (caller: Caller) => Promise<AsyncIterable<Item>>,
) {
  const { auth, sessionId } = await actAs(database, username);
  const abort = new AbortController();
  const context = createInnerContext({ db: database.db, auth, meta: { ip: "192.0.2.78" } });
  const stream = await open(createCaller(context, { signal: abort.signal }));
  const changes: Item[] = [];
  const ended = (async () => {
    try {
      for await (const change of stream) {
        // In-process a tracked event arrives as tRPC's envelope [id, data] (over HTTP, as { id, data }).
        const [id, data] = change as unknown as [Item["id"], Item["data"]];
        changes.push({ id, data } as Item);
      }
    } catch (error) {
      if (!abort.signal.aborted) throw error;
    }
  })();
  return { changes, ended, sessionId, userId: auth.user.id, stop: () => abort.abort() };
}

/** `tickets.onChange` for `username`, resuming after `lastEventId` when given. */
export const watchTickets = (database: TestDatabase, username: string, lastEventId?: string) =>
  watch(database, username, (caller) => caller.tickets.onChange({ lastEventId }));
