import type { AuthSession, RouterInputs } from "@soporte/api";
import { Suspense } from "react";
import { apiCaller, orFailed } from "@/server/api-caller";
import { QueueCard, QueueCardSkeleton, type QueueCardProps } from "./queue-card";

/** A card of the dashboard and the tickets it lists (`tickets.list` with `input`). */
export type Queue = Omit<QueueCardProps, "page"> & { input: RouterInputs["tickets"]["list"] };

/**
 * Queue cards side by side, read on the server as the viewer; skeletons while they load (the page's
 * header and navigation are on the screen meanwhile).
 */
export function QueueCards({ auth, queues, className }: { auth: AuthSession; queues: Queue[]; className: string }) {
  return (
    <div className={className}>
      <Suspense
        fallback={queues.map((queue) => (
          <QueueCardSkeleton key={queue.id} {...cardOf(queue)} />
        ))}
      >
        <LoadedCards auth={auth} queues={queues} />
      </Suspense>
    </div>
  );
}

async function LoadedCards({ auth, queues }: { auth: AuthSession; queues: Queue[] }) {
  const caller = apiCaller(auth);
  const pages = await Promise.all(queues.map((queue) => orFailed(caller.tickets.list(queue.input), "tickets.list")));
  return queues.map((queue, i) => <QueueCard key={queue.id} {...cardOf(queue)} page={pages[i] ?? null} />);
}

/** What a card shows of its queue (the query's input stays on the server). */
function cardOf({ input: _, ...card }: Queue) {
  return card;
}
