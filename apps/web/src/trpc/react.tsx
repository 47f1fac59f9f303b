"use client";

import type { AppRouter } from "@soporte/api";
import { QueryClientProvider } from "@tanstack/react-query";
import { httpBatchLink, httpSubscriptionLink, splitLink } from "@trpc/client";
import { createTRPCReact } from "@trpc/react-query";
import { useState, type ReactNode } from "react";
import superjson from "superjson";
import { makeQueryClient } from "./query-client";

export const api = createTRPCReact<AppRouter>();

const makeClients = () => ({
  queryClient: makeQueryClient(),
  trpcClient: api.createClient({
    links: [
      // Subscriptions stream over server-sent events (same origin: the session cookie goes along) and
      // resume after the last event received when the connection comes back.
      splitLink({
        condition: (op) => op.type === "subscription",
        true: httpSubscriptionLink({ url: "/api/trpc", transformer: superjson }),
        false: httpBatchLink({ url: "/api/trpc", transformer: superjson, maxItems: 20 }),
      }),
    ],
  }),
});

let browserClients: ReturnType<typeof makeClients> | undefined;

/**
 * The API for the client components below it. The pages that query it have it in their layout
 * (`app/(app)/(data)/layout.tsx`); the shell's live parts and menus, which load after the page, bring
 * their own. In a browser every provider shares the tab's one query cache and client; on the server
 * each render has its own.
 */
export function TRPCReactProvider({ children }: { children: ReactNode }) {
  const [{ queryClient, trpcClient }] = useState(() =>
    typeof window === "undefined" ? makeClients() : (browserClients ??= makeClients()),
  );
  return (
    <api.Provider client={trpcClient} queryClient={queryClient}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </api.Provider>
  );
}
