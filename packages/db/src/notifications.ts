import type { PGlite } from "@electric-sql/pglite";
import createSubscriber from "pg-listen";
import type { PrismaClient } from "./generated/prisma/client";

export type NotificationHandlers = {
  /** A NOTIFY on the channel arrived (after the sender's commit). */
  notify: () => void;
  /**
   * Listening, first or again after the connection was lost: notifications sent meanwhile are gone,
   * so whatever they announce must be read again.
   */
  connected: () => void;
};

/** Starts listening on `channel`; returns the function that stops. */
export type Listen = (channel: string, handlers: NotificationHandlers) => () => Promise<void>;

/**
 * PostgreSQL: one session connection per listener (a pool checkout would go back), reconnecting by
 * itself for as long as it takes (pg-listen: a server restart, a failover, pg_terminate_backend), and
 * checking every 10 s that the connection still answers.
 */
export function listenFromUrl(connectionString: string, onWarning: (message: string) => void): Listen {
  const backoff = (attempt: number) => Math.min(5000, 250 * 2 ** attempt);
  return (channel, handlers) => {
    let stopped = false;
    let current: ReturnType<typeof createSubscriber> | undefined;
    const start = async (attempt: number): Promise<void> => {
      const subscriber = createSubscriber(
        { connectionString },
        { retryLimit: Infinity, retryTimeout: 0, retryInterval: backoff, paranoidChecking: 10_000, parse: (p) => p },
      );
      current = subscriber;
      let listening = false;
      subscriber.notifications.on(channel, () => handlers.notify());
      // Emitted again after every reconnection, once the channel is listened to again.
      subscriber.events.on("connected", () => listening && handlers.connected());
      subscriber.events.on("reconnect", (n: number) => {
        if (n === 1) onWarning(`The listener on "${channel}" lost its PostgreSQL connection; reconnecting.`);
      });
      // Without a listener an 'error' event would crash the process; the subscriber keeps retrying.
      subscriber.events.on("error", (error: Error) => onWarning(`The listener on "${channel}": ${error.message}`));
      try {
        await subscriber.connect();
        await subscriber.listenTo(channel);
        listening = true;
        if (stopped) await subscriber.close();
        else handlers.connected();
      } catch (error) {
        await subscriber.close().catch(() => {});
        if (stopped) return;
        onWarning(`The listener on "${channel}" could not connect to PostgreSQL: ${(error as Error).message}`);
        await new Promise((resolve) => setTimeout(resolve, backoff(attempt)));
        if (!stopped) return start(attempt + 1);
      }
    };
    void start(0);
    return async () => {
      stopped = true;
      await current?.close().catch(() => {});
    };
  };
}

/** A `Listen` whose listeners can all be stopped at once (when their database handle closes). */
export function closableListen(listen: Listen): { listen: Listen; stopAll: () => Promise<void> } {
  const active = new Set<() => Promise<void>>();
  return {
    listen(channel, handlers) {
      const stopOne = listen(channel, handlers);
      const stop = async () => {
        active.delete(stop);
        await stopOne();
      };
      active.add(stop);
      return stop;
    },
    stopAll: async () => void (await Promise.all([...active].map((stop) => stop()))),
  };
}

/** The embedded database: notifications within the process, after the sender's commit. */
export function listenFromPGlite(open: () => Promise<PGlite>): Listen {
  return (channel, handlers) => {
    const unlisten = open().then(async (pglite) => {
      const stop = await pglite.listen(channel, () => handlers.notify());
      handlers.connected();
      return stop;
    });
    return async () => (await unlisten)();
  };
}

// On globalThis: the Next.js bundle and the API server may load this module twice in one process.
const registry = ((globalThis as { soporteListen?: WeakMap<PrismaClient, Listen> }).soporteListen ??= new WeakMap());

export function registerListen(db: PrismaClient, listen: Listen): void {
  registry.set(db, listen);
}

/** How to listen for notifications on the database `db` talks to. */
export function listenFor(db: PrismaClient): Listen {
  const listen = registry.get(db);
  if (!listen) throw new Error("This database client was not opened by connectPostgres or connectEmbedded.");
  return listen;
}
