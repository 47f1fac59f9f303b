import "server-only";
import type { AppRouter } from "@soporte/api";
import { createHydrationHelpers } from "@trpc/react-query/rsc";
import { cache } from "react";
import { apiCaller } from "@/server/api-caller";
import { getAuth } from "@/server/auth";
import { makeQueryClient } from "./query-client";

/** One query client per server render. */
const getQueryClient = cache(makeQueryClient);

/**
 * The API for a page's server component, as the signed-in user (null when signed out): `trpc.x.prefetch(input)`
 * fetches in-process what the page's client components will ask for, and `<HydrateClient>` hands it
 * to them in the HTML, so the page's main content is in its first paint instead of after a round trip.
 */
export const serverApi = cache(async () => {
  const auth = await getAuth();
  if (!auth) return null;
  return createHydrationHelpers<AppRouter>(apiCaller(auth), getQueryClient);
});
