import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { healthRouter } from "./routers/health";
import { meRouter } from "./routers/me";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  health: healthRouter,
  me: meRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export const createCaller = createCallerFactory(appRouter);
