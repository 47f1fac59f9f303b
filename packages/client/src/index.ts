import type { AppRouter, RouterOutputs } from "@soporte/api";
import {
  createTRPCClient,
  httpBatchLink,
  httpSubscriptionLink,
  splitLink,
  TRPCClientError,
  type TRPCLink,
} from "@trpc/client";
import { EventSource } from "eventsource";
import { observable, type Unsubscribable } from "@trpc/server/observable";
import superjson from "superjson";

export type { AppRouter, RouterInputs, RouterOutputs } from "@soporte/api";

export type Tokens = { accessToken: string; refreshToken: string; accessTokenExpiresAt: Date };

export type SoporteClientOptions = {
  /** The Soporte server, e.g. "http://localhost:3000". */
  url: string;
  /** Tokens saved from an earlier session (see onTokens). */
  tokens?: Tokens | null;
  /** Called whenever the tokens change (login, refresh, logout: null), to persist them. */
  onTokens?: (tokens: Tokens | null) => void;
  /** A fetch implementation (defaults to the global one). */
  fetch?: typeof globalThis.fetch;
  /** Extra headers for every request (e.g. a user agent). */
  headers?: Record<string, string>;
};

type LoginResult = RouterOutputs["auth"]["login"];

/** Refresh this long before the access token expires rather than waiting for a refusal. */
const EXPIRY_MARGIN_MS = 10_000;

const isUnauthorized = (error: unknown) => error instanceof TRPCClientError && error.data?.code === "UNAUTHORIZED";

/**
 * A typed client for every procedure of the Soporte API. It attaches the bearer token, refreshes
 * it shortly before expiry or once after an UNAUTHORIZED answer, and shares one refresh between
 * concurrent calls. Subscriptions (`tickets.onChange`, …) stream over server-sent events and
 * reconnect by themselves, resuming after the last event received.
 */
export function createSoporteClient(options: SoporteClientOptions) {
  let tokens: Tokens | null = options.tokens ?? null;
  let refreshing: Promise<boolean> | null = null;
  const url = new URL("/api/trpc", options.url).toString();

  const setTokens = (next: Tokens | null) => {
    tokens = next;
    options.onTokens?.(next);
  };

  const transport = (withAuth: boolean) =>
    httpBatchLink({
      url,
      transformer: superjson,
      fetch: options.fetch,
      maxItems: 20,
      headers: () => ({ ...options.headers, ...(withAuth && tokens ? { authorization: `Bearer ${tokens.accessToken}` } : {}) }),
    });

  // Refresh calls go through their own client, without the retry link below.
  const bare = createTRPCClient<AppRouter>({ links: [transport(false)] });

  /** One refresh at a time: concurrent callers wait for the same one. */
  function refresh(): Promise<boolean> {
    const refreshToken = tokens?.refreshToken;
    if (!refreshToken) return Promise.resolve(false);
    refreshing ??= bare.auth.refresh
      .mutate({ refreshToken })
      .then((next) => {
        setTokens(next);
        return true;
      })
      .catch((error: unknown) => {
        if (isUnauthorized(error)) setTokens(null);
        return false;
      })
      .finally(() => {
        refreshing = null;
      });
    return refreshing;
  }

  const expiresSoon = () => !!tokens && tokens.accessTokenExpiresAt.getTime() - Date.now() < EXPIRY_MARGIN_MS;

  const skipsRefresh = (path: string) => path === "auth.login" || path === "auth.refresh" || path === "auth.register";

  const refreshLink: TRPCLink<AppRouter> = () => ({ op, next }) =>
    observable((observer) => {
      let subscription: Unsubscribable | undefined;
      let retried = false;
      const send = () => {
        subscription = next(op).subscribe({
          next: (value) => observer.next(value),
          complete: () => observer.complete(),
          error: (error) => {
            if (retried || skipsRefresh(op.path) || !tokens || !isUnauthorized(error)) return observer.error(error);
            retried = true;
            void refresh().then((ok) => (ok ? send() : observer.error(error)));
          },
        });
      };
      if (!skipsRefresh(op.path) && expiresSoon()) void refresh().then(send);
      else send();
      return () => subscription?.unsubscribe();
    });

  // Each (re)connection of a stream asks for these afresh: a stream that reconnects after its access
  // token expired refreshes it first.
  const subscriptions = httpSubscriptionLink({
    url,
    transformer: superjson,
    EventSource,
    eventSourceOptions: async () => {
      if (expiresSoon()) await refresh();
      const headers = { ...options.headers, ...(tokens ? { authorization: `Bearer ${tokens.accessToken}` } : {}) };
      const fetcher = options.fetch ?? globalThis.fetch;
      return { fetch: (input, init) => fetcher(input, { ...init, headers: { ...init?.headers, ...headers } }) };
    },
  });

  const api = createTRPCClient<AppRouter>({
    links: [
      refreshLink,
      splitLink({ condition: (op) => op.type === "subscription", true: subscriptions, false: transport(true) }),
    ],
  });

  return {
    /** Every procedure, typed: `client.api.me.get.query()`. */
    api,
    async login(login: string, password: string, device?: string): Promise<LoginResult> {
      const result = await bare.auth.login.mutate({ login, password, device });
      setTokens({ accessToken: result.accessToken, refreshToken: result.refreshToken, accessTokenExpiresAt: result.accessTokenExpiresAt });
      return result;
    },
    /** Ends this session on the server and forgets the tokens. */
    async logout(): Promise<void> {
      try {
        if (tokens) await api.auth.logout.mutate();
      } finally {
        setTokens(null);
      }
    },
    setTokens,
    getTokens: () => tokens,
    refresh,
  };
}

export type SoporteClient = ReturnType<typeof createSoporteClient>;
