import { loadSession, type AuthSession } from "../auth/session-user";
import type { Context } from "../context";
import { apiEnv } from "../env";
import { EVENT_PAGE, eventHub } from "./event-hub";
import type { PublishedEvent } from "./events";

/**
 * The events a subscription streams: those after `lastEventId` still kept (a client resuming), then
 * every new one, each once and in order, with the subscriber's session as it is now — re-read every
 * STREAM_SESSION_CHECK_SECONDS, so changed roles apply and a revoked or expired session ends the
 * stream. Ends when `signal` aborts (the client went away, the server shuts down).
 */
export async function* liveEvents(
  ctx: Pick<Context, "db"> & { auth: AuthSession },
  signal: AbortSignal,
  lastEventId?: string | null,
): AsyncGenerator<{ event: PublishedEvent; auth: AuthSession }> {
  const hub = eventHub(ctx.db);
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  signal.addEventListener("abort", onAbort, { once: true });
  let auth = ctx.auth;
  const check = setInterval(() => {
    // Not activity: a tab left open does not keep its session from going idle.
    loadSession(ctx.db, auth.sessionId, new Date(), { touch: false }).then(
      (session) => (session ? (auth = session) : stop.abort()),
      () => {}, // the database is away: keep the stream, check again next time
    );
  }, apiEnv().STREAM_SESSION_CHECK_SECONDS * 1000);
  try {
    const live = await hub.open(stop.signal);
    let last = lastEventId ? BigInt(lastEventId) : 0n;
    if (lastEventId) {
      for (
        let page = await hub.after(last);
        page.length > 0;
        page = page.length === EVENT_PAGE ? await hub.after(last) : []
      ) {
        for (const event of page) {
          last = event.id;
          yield { event, auth };
        }
      }
    }
    for await (const [event] of live) {
      if (event.id <= last) continue;
      last = event.id;
      yield { event, auth };
    }
  } catch (error) {
    if (!stop.signal.aborted) throw error;
  } finally {
    clearInterval(check);
    signal.removeEventListener("abort", onAbort);
    stop.abort();
  }
}
