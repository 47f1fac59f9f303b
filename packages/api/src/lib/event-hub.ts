import { EventEmitter, on } from "node:events";
import { listenFor, type Db, type Prisma } from "@soporte/db";
import { apiEnv } from "../env";
import type { DomainEvent, PublishedEvent } from "./events";
import { logger } from "./logger";

/** The NOTIFY channel of migration domain_events. */
const CHANNEL = "soporte_events";
const PAGE = 500;
/** A read also runs this often without a notification: after a failed read, the next one catches up. */
const POLL_MS = 10_000;
const PRUNE_MS = 3_600_000;

type StoredPayload = DomainEvent & { requestId: string };

function published(row: { id: bigint; payload: Prisma.JsonValue; createdAt: Date }): PublishedEvent {
  const payload = row.payload as StoredPayload;
  return { ...payload, id: row.id, at: row.createdAt };
}

/**
 * The event path of one app instance: one listening connection to the database; on every
 * notification, and after every reconnection, it reads the events after the last one it delivered
 * (in id order, which is commit order) and hands them to this instance's subscribers. Also prunes
 * events older than EVENT_RETENTION_HOURS.
 */
class EventHub {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private lastId = 0n;
  private started: Promise<void> | undefined;
  private reading: Promise<void> | undefined;
  private readAgain = false;

  constructor(private readonly db: Db) {}

  /** Starts listening (once); resolves when events committed from now on will be delivered. */
  start(): Promise<void> {
    this.started ??= this.begin().catch((error: unknown) => {
      this.started = undefined; // the next caller tries again
      throw error;
    });
    return this.started;
  }

  private async begin(): Promise<void> {
    const newest = await this.db.domainEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
    this.lastId = newest?.id ?? 0n;
    await new Promise<void>((resolve) => {
      // Stopped when the database handle closes.
      listenFor(this.db)(CHANNEL, {
        notify: () => void this.read(),
        connected: () => {
          resolve();
          void this.read();
        },
      });
    });
    setInterval(() => {
      if (this.emitter.listenerCount("event") > 0) void this.read();
    }, POLL_MS).unref();
    setInterval(() => void this.prune(), PRUNE_MS).unref();
    void this.prune();
  }

  /**
   * Every event delivered from the moment this resolves until `signal` aborts (the iteration then
   * throws the abort reason). Buffered: nothing delivered meanwhile is lost while the reader awaits.
   */
  async open(signal: AbortSignal): Promise<AsyncIterableIterator<[PublishedEvent]>> {
    await this.start();
    return on(this.emitter, "event", { signal }) as AsyncIterableIterator<[PublishedEvent]>;
  }

  /** Calls `listener` for every event delivered from now on; returns the unsubscribe function. */
  subscribe(listener: (event: PublishedEvent) => void): () => void {
    void this.start();
    this.emitter.on("event", listener);
    return () => this.emitter.off("event", listener);
  }

  /** The stored events after `id` (those still kept), oldest first. */
  async after(id: bigint, limit = PAGE): Promise<PublishedEvent[]> {
    const rows = await this.db.domainEvent.findMany({ where: { id: { gt: id } }, orderBy: { id: "asc" }, take: limit });
    return rows.map(published);
  }

  /** Reads and delivers what was committed since the last read; one read at a time, again if asked meanwhile. */
  private read(): Promise<void> {
    if (this.reading) {
      this.readAgain = true;
      return this.reading;
    }
    this.reading = (async () => {
      try {
        do {
          this.readAgain = false;
          let page: PublishedEvent[];
          do {
            page = await this.after(this.lastId);
            for (const event of page) {
              this.lastId = event.id;
              this.deliver(event);
            }
          } while (page.length === PAGE);
        } while (this.readAgain);
      } catch (error) {
        logger.warn({ err: error }, "reading domain events failed; the next notification or poll retries");
      } finally {
        this.reading = undefined;
      }
    })();
    return this.reading;
  }

  private deliver(event: PublishedEvent) {
    for (const listener of this.emitter.listeners("event")) {
      try {
        (listener as (event: PublishedEvent) => void)(event);
      } catch (error) {
        logger.error({ err: error, eventId: String(event.id) }, "domain event subscriber failed");
      }
    }
  }

  private async prune() {
    await pruneEvents(this.db).catch((error: unknown) => {
      logger.warn({ err: error }, "pruning old domain events failed");
    });
  }
}

/** Deletes the domain events older than EVENT_RETENTION_HOURS; returns how many. */
export async function pruneEvents(db: Db, now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - apiEnv().EVENT_RETENTION_HOURS * 3_600_000);
  return (await db.domainEvent.deleteMany({ where: { createdAt: { lt: before } } })).count;
}

// On globalThis: the Next.js bundle and the API server may load this module twice in one process,
// and both must share the instance's one listening connection per database.
const hubs = ((globalThis as { soporteEventHubs?: WeakMap<Db, EventHub> }).soporteEventHubs ??= new WeakMap());

/** This instance's event path for the database `db` talks to. */
export function eventHub(db: Db): EventHub {
  let hub = hubs.get(db);
  if (!hub) hubs.set(db, (hub = new EventHub(db)));
  return hub;
}

export type { EventHub };
export const EVENT_PAGE = PAGE;
