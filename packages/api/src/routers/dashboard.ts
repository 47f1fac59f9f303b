import type { TRPCRouterRecord } from "@trpc/server";
import { dashboardStatsSchema } from "../schemas/helpdesk";
import { dashboardStatsOutputSchema } from "../schemas/outputs/helpdesk";
import { dashboardStats } from "../services/helpdesk/dashboard";
import { permissionProcedure } from "../trpc";

export const dashboardRouter = {
  /** Counts, per-day series, medians and workload over the tickets the caller may see. */
  stats: permissionProcedure("dashboard.read")
    .meta({
      openapi: {
        method: "GET",
        path: "/dashboard/stats",
        tags: ["dashboard"],
        summary: "Dashboard numbers",
        description:
          "Needs `dashboard.read`. Over the tickets the caller may see: counts by status (every ticket); by " +
          "priority, criticality, category, location and assignee (workload), the unfinished ones (open or " +
          "pending), with `id` null for those without one; `overdue` and `dueSoon` as the list's `sla` filter " +
          "finds them now. For the period `from`–`to` (UTC days as YYYY-MM-DD, both included; `to` defaults to " +
          "today, or to 30 days from `from` if that is given; `from` to 29 days before `to`; at most 366 days): tickets created and resolved per day, and " +
          "the median minutes to the first response and to the resolution of the tickets created in it (null " +
          "when none has one).",
        protect: true,
      },
    })
    .input(dashboardStatsSchema)
    .output(dashboardStatsOutputSchema)
    .query(({ ctx, input }) => dashboardStats(ctx.db, ctx.auth, input)),
} satisfies TRPCRouterRecord;
