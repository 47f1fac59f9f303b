// Helpers for the live-update tests: a subscription consumed in the background, as a client does.
import type { TestDatabase } from "@soporte/db/testing";
import { createInnerContext } from "../src/context";
import { createCaller } from "../src/root";
import { actAs } from "./admin";

type Yielded<S> = S extends AsyncIterable<infer T> ? T : never;

/**
 * `tickets.onChange` for `username`, read in the background: `changes` fills as events arrive,
 * `ended` resolves when the server ends the stream, `stop()` closes it as a client going away does.
 */
export async function watchTickets(database: TestDatabase, username: string, lastEventId?: string) {
  const { auth, sessionId } = await actAs(database, username);
  const abort = new AbortController();
  const context = createInnerContext({ db: database.db, auth, meta: { ip: "192.0.2.78" } });
  const caller = createCaller(context, { signal: abort.signal });
  const stream = await caller.tickets.onChange({ lastEventId });
  type Change = Yielded<typeof stream>;
  const changes: Change[] = [];
  const ended = (async () => {
    try {
      for await (const change of stream) {
        // In-process a tracked event arrives as tRPC's envelope [id, data] (over HTTP, as { id, data }).
        const [id, data] = change as unknown as [Change["id"], Change["data"]];
        changes.push({ id, data });
      }
    } catch (error) {
      if (!abort.signal.aborted) throw error;
    }
  })();
  return { changes, ended, sessionId, userId: auth.user.id, stop: () => abort.abort() };
}
