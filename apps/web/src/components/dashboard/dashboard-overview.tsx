"use client";

import { AlarmClock, AlertTriangle, Inbox, MessageSquareReply, CircleCheck, Ticket } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Skeleton } from "@/components/ui/skeleton";
import { describeApiError } from "@/lib/api-errors";
import { api } from "@/trpc/react";
import { ChartCard } from "./chart-card";
import { CountBarChart, type CountItem } from "./count-bar-chart";
import { formatDay, formatMedian } from "./format-stats";
import { StatCard } from "./stat-card";
import { ticketLinks } from "./ticket-links";
import { TicketsPerDayChart } from "./tickets-per-day-chart";
import { WorkloadChart } from "./workload-chart";

const WORKLOAD_ROWS = 12;

const nonEmpty = (items: CountItem[]) => items.some((item) => item.count > 0);

type OpenBreakdown = {
  filter: Parameters<typeof ticketLinks.open>[0];
  items: "byPriority" | "byCategory" | "byLocation" | "byCriticality";
  title: string;
  description: string;
  color: string;
};

const OPEN_TICKETS = "Open and pending tickets.";

/** The charts of unfinished tickets by one field; a bar links to the open tickets with that value. */
const OPEN_BREAKDOWNS: OpenBreakdown[] = [
  {
    filter: "priority",
    items: "byPriority",
    title: "Open by priority",
    description: OPEN_TICKETS,
    color: "var(--chart-4)",
  },
  {
    filter: "category",
    items: "byCategory",
    title: "Open by category",
    description: OPEN_TICKETS,
    color: "var(--chart-2)",
  },
  {
    filter: "location",
    items: "byLocation",
    title: "Open by location",
    description: "Open and pending tickets, by the site they come from.",
    color: "var(--chart-5)",
  },
  {
    filter: "criticality",
    items: "byCriticality",
    title: "Open by criticality",
    description: OPEN_TICKETS,
    color: "var(--chart-3)",
  },
];

/**
 * The dashboard's numbers and charts (dashboard.stats): what is open and running late, where it is,
 * who has it, how fast the team answers and resolves, over the last 30 days.
 */
export function DashboardOverview() {
  const stats = api.dashboard.stats.useQuery({}, { refetchOnWindowFocus: true, staleTime: 30_000 });
  if (stats.error) {
    return (
      <Alert variant="destructive">
        <AlertTriangle aria-hidden />
        <AlertTitle>The dashboard could not load</AlertTitle>
        <AlertDescription>{describeApiError(stats.error)}</AlertDescription>
      </Alert>
    );
  }
  const data = stats.data;
  if (!data) return <DashboardSkeleton />;

  const period = `${formatDay(data.from)} – ${formatDay(data.to)}`;
  const perDay = data.createdPerDay.map((day, i) => ({
    date: day.date,
    created: day.count,
    resolved: data.resolvedPerDay[i]?.count ?? 0,
  }));
  const workload = [
    ...(data.unassigned.open > 0 ? [{ id: "unassigned", name: "Unassigned", ...data.unassigned }] : []),
    ...data.workload.slice(0, WORKLOAD_ROWS).map((row) => ({
      id: row.assignee.id,
      name: row.assignee.fullName,
      open: row.open,
      overdue: row.overdue,
    })),
  ];
  const hasStatus = nonEmpty(data.byStatus);

  return (
    <div className="grid gap-6" data-testid="dashboard-overview">
      <section aria-label="Key numbers" className="grid grid-cols-2 gap-4 md:grid-cols-3 2xl:grid-cols-6">
        <StatCard
          testId="stat-open"
          label="Open"
          value={data.open.toLocaleString()}
          hint="Open or pending"
          icon={Ticket}
          href={ticketLinks.allOpen()}
        />
        <StatCard
          testId="stat-overdue"
          label="Overdue"
          value={data.overdue.toLocaleString()}
          hint="SLA breached"
          icon={AlertTriangle}
          tone={data.overdue > 0 ? "destructive" : "default"}
          href={ticketLinks.overdue()}
        />
        <StatCard
          testId="stat-due-soon"
          label="Due soon"
          value={data.dueSoon.toLocaleString()}
          hint="Close to the SLA target"
          icon={AlarmClock}
          tone={data.dueSoon > 0 ? "warning" : "default"}
          href={ticketLinks.dueSoon()}
        />
        <StatCard
          testId="stat-unassigned"
          label="Unassigned"
          value={data.unassigned.open.toLocaleString()}
          hint="Open, nobody on it"
          icon={Inbox}
          href={ticketLinks.workload("unassigned")}
        />
        <StatCard
          testId="stat-first-response"
          label="First response"
          value={formatMedian(data.medianFirstResponseMinutes)}
          hint={`Median, created ${period}`}
          icon={MessageSquareReply}
        />
        <StatCard
          testId="stat-resolution"
          label="Resolution"
          value={formatMedian(data.medianResolutionMinutes)}
          hint={`Median, created ${period}`}
          icon={CircleCheck}
        />
      </section>

      <div className="grid gap-6 lg:grid-cols-2">
        <ChartCard
          testId="chart-per-day"
          title="Created and resolved"
          description={`Tickets per day, ${period} (UTC). Click a day for the tickets created on it.`}
          isEmpty={!perDay.some((d) => d.created > 0 || d.resolved > 0)}
          empty="No ticket was created or resolved in these 30 days."
          className="lg:col-span-2"
        >
          <TicketsPerDayChart days={perDay} />
        </ChartCard>
        <ChartCard
          testId="chart-status"
          title="By status"
          description="Every ticket, by its status."
          isEmpty={!hasStatus}
          empty="No tickets yet."
        >
          <CountBarChart items={data.byStatus} href={(item) => (item.id ? ticketLinks.status(item.id) : null)} />
        </ChartCard>
        {OPEN_BREAKDOWNS.map((chart) => (
          <ChartCard
            key={chart.filter}
            testId={`chart-${chart.filter}`}
            title={chart.title}
            description={chart.description}
            isEmpty={!nonEmpty(data[chart.items])}
            empty="Nothing open."
          >
            <CountBarChart
              items={data[chart.items]}
              color={chart.color}
              href={(item) => (item.id ? ticketLinks.open(chart.filter, item.id) : null)}
            />
          </ChartCard>
        ))}
        <ChartCard
          testId="chart-workload"
          title="Workload"
          description={
            data.workload.length > WORKLOAD_ROWS
              ? `Open and overdue tickets of the ${WORKLOAD_ROWS} busiest agents.`
              : "Open and overdue tickets per agent."
          }
          isEmpty={workload.length === 0}
          empty="Nobody has open tickets."
        >
          <WorkloadChart rows={workload} />
        </ChartCard>
      </div>
    </div>
  );
}

function DashboardSkeleton() {
  return (
    <div className="grid gap-6" aria-busy="true" aria-label="Loading the dashboard">
      <div className="grid grid-cols-2 gap-4 md:grid-cols-3 2xl:grid-cols-6">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} className="h-24 rounded-xl" />
        ))}
      </div>
      <Skeleton className="h-80 rounded-xl" />
      <div className="grid gap-6 lg:grid-cols-2">
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} className="h-64 rounded-xl" />
        ))}
      </div>
    </div>
  );
}
