import type { TRPCRouterRecord } from "@trpc/server";
import { dashboardStatsSchema } from "../schemas/helpdesk";
import { dashboardStats } from "../services/helpdesk/dashboard";
import { permissionProcedure } from "../trpc";

export const dashboardRouter = {
  /** Counts, per-day series, medians and workload over the tickets the caller may see. */
  stats: permissionProcedure("dashboard.read")
    .input(dashboardStatsSchema)
    .query(({ ctx, input }) => dashboardStats(ctx.db, ctx.auth, input)),
} satisfies TRPCRouterRecord;
