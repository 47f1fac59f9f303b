import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { auditRouter } from "./routers/audit";
import { authRouter } from "./routers/auth";
import { catalogsRouter } from "./routers/catalogs";
import { commentsRouter } from "./routers/comments";
import { dashboardRouter } from "./routers/dashboard";
import { healthRouter } from "./routers/health";
import { liveRouter } from "./routers/live";
import { locationsRouter } from "./routers/locations";
import { meRouter } from "./routers/me";
import { notificationsRouter } from "./routers/notifications";
import { messagesRouter } from "./routers/messages";
import { organizationsRouter } from "./routers/organizations";
import { rolesRouter } from "./routers/roles";
import { sessionsRouter } from "./routers/sessions";
import { ticketsRouter } from "./routers/tickets";
import { settingsRouter } from "./routers/settings";
import { usersRouter } from "./routers/users";
import { viewsRouter } from "./routers/views";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  health: healthRouter,
  auth: authRouter,
  me: meRouter,
  sessions: sessionsRouter,
  settings: settingsRouter,
  users: usersRouter,
  roles: rolesRouter,
  organizations: organizationsRouter,
  locations: locationsRouter,
  catalogs: catalogsRouter,
  tickets: ticketsRouter,
  comments: commentsRouter,
  views: viewsRouter,
  dashboard: dashboardRouter,
  audit: auditRouter,
  messages: messagesRouter,
  live: liveRouter,
  notifications: notificationsRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export const createCaller = createCallerFactory(appRouter);
