import type { AppRouter } from "@soporte/api";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import superjson from "superjson";

export type { AppRouter, RouterInputs, RouterOutputs } from "@soporte/api";

export type SoporteClientOptions = {
  /** The Soporte server, e.g. "http://localhost:3000". */
  url: string;
  /** An access token to send as `Authorization: Bearer …`. */
  accessToken?: string;
  /** A fetch implementation (defaults to the global one). */
  fetch?: typeof globalThis.fetch;
};

/** A typed client for every procedure of the Soporte API, usable from any TypeScript program. */
export function createSoporteClient(options: SoporteClientOptions) {
  let accessToken = options.accessToken;
  const api = createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: new URL("/api/trpc", options.url).toString(),
        transformer: superjson,
        fetch: options.fetch,
        headers: () => (accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
      }),
    ],
  });
  return {
    api,
    setAccessToken(token: string | undefined) {
      accessToken = token;
    },
  };
}

export type SoporteClient = ReturnType<typeof createSoporteClient>;
