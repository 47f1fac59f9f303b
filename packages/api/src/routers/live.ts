import type { TRPCRouterRecord } from "@trpc/server";
import { tracked } from "@trpc/server";
import { liveEvents } from "../lib/live-events";
import { subscriptionSchema } from "../schemas/live";
import { ticketChangeFor } from "../services/helpdesk/ticket-events";
import { messageChangeFor } from "../services/messages/message-events";
import { protectedProcedure } from "../trpc";

export const liveRouter = {
  /**
   * Every live change the caller may see, on one stream: what `tickets.onChange` and
   * `messages.onMessage` send, each tagged with its kind. A browser keeps one stream per tab (over
   * HTTP/1.1 it has six connections per server for all its tabs).
   */
  events: protectedProcedure.input(subscriptionSchema).subscription(async function* ({ ctx, input, signal }) {
    for await (const { event, auth } of liveEvents(ctx, signal!, input?.lastEventId)) {
      const ticket = ticketChangeFor(auth, event);
      if (ticket) {
        yield tracked(String(event.id), { kind: "ticket" as const, ticket });
        continue;
      }
      const message = messageChangeFor(auth, event);
      if (message) yield tracked(String(event.id), { kind: "message" as const, message });
    }
  }),
} satisfies TRPCRouterRecord;
