import type { AuthSession, RouterOutputs } from "@soporte/api";
import { AlarmClock, AlertTriangle, Inbox, MessageSquareReply, CircleCheck, Ticket } from "lucide-react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { cache } from "react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Skeleton } from "@/components/ui/skeleton";
import { useLocalizedName } from "@/lib/localized-name";
import { apiCaller, orFailed } from "@/server/api-caller";
import { ChartCard } from "./chart-card";
import type { CountItem } from "./count-bar-chart";
import { formatDay, formatMedian } from "./format-stats";
import { CountBarChart, TicketsPerDayChart, WorkloadChart } from "./lazy-charts";
import { StatCard } from "./stat-card";
import { ticketLinks } from "./ticket-links";

const WORKLOAD_ROWS = 12;

const nonEmpty = (items: { count: number }[]) => items.some((item) => item.count > 0);

type OpenBreakdown = {
  /** Also the key of the chart's texts under `dashboard.charts.open`. */
  filter: Parameters<typeof ticketLinks.open>[0];
  items: "byPriority" | "byCategory" | "byLocation" | "byCriticality";
  color: string;
};

/** The charts of unfinished tickets by one field; a bar links to the open tickets with that value. */
const OPEN_BREAKDOWNS: OpenBreakdown[] = [
  { filter: "priority", items: "byPriority", color: "var(--chart-4)" },
  { filter: "category", items: "byCategory", color: "var(--chart-2)" },
  { filter: "location", items: "byLocation", color: "var(--chart-5)" },
  { filter: "criticality", items: "byCriticality", color: "var(--chart-3)" },
];

/** dashboard.stats as the viewer, read once per request however many parts of the page show it. */
const readStats = cache((auth: AuthSession) => orFailed(apiCaller(auth).dashboard.stats({}), "dashboard.stats"));

/**
 * The dashboard's numbers (dashboard.stats, read on the server as the viewer): what is open and
 * running late, and how fast the team answers and resolves, over the last 30 days.
 */
export async function DashboardNumbers({ auth }: { auth: AuthSession }) {
  const stats = await readStats(auth);
  return stats ? <Numbers data={stats} /> : <OverviewError />;
}

/**
 * The dashboard's charts, from the same figures: tickets per day, where the open tickets are, who has
 * them. The page puts them below the viewer's queue: on a phone they start below the first screen,
 * and recharts loads when someone scrolls to them (chart-card.tsx). `ChartsSkeleton` while they load;
 * nothing when the figures could not be read (the numbers say so).
 */
export async function DashboardCharts({ auth }: { auth: AuthSession }) {
  const stats = await readStats(auth);
  return stats ? <Charts data={stats} /> : null;
}

function OverviewError() {
  const t = useTranslations();
  return (
    <Alert variant="destructive">
      <AlertTriangle aria-hidden />
      <AlertTitle>{t("dashboard.overview.loadError")}</AlertTitle>
      <AlertDescription>{t("errors.failed")}</AlertDescription>
    </Alert>
  );
}

type Stats = RouterOutputs["dashboard"]["stats"];

/** "8 Nov – 7 Dec": the 30 days the medians and the charts cover. */
function usePeriod(data: Stats) {
  const t = useTranslations("dashboard");
  const locale = useLocale();
  return t("overview.period", { from: formatDay(data.from, locale), to: formatDay(data.to, locale) });
}

function Numbers({ data }: { data: Stats }) {
  const t = useTranslations("dashboard");
  const format = useFormatter();
  const period = usePeriod(data);
  const count = (n: number) => format.number(n);
  const median = (minutes: number | null) =>
    formatMedian(minutes, { none: t("format.noValue"), underAMinute: t("format.underAMinute") });
  return (
    <section
      aria-label={t("overview.keyNumbers")}
      data-testid="dashboard-overview"
      className="grid grid-cols-2 gap-4 md:grid-cols-3 2xl:grid-cols-6"
    >
      <StatCard
        testId="stat-open"
        label={t("stats.open.label")}
        value={count(data.open)}
        hint={t("stats.open.hint")}
        icon={Ticket}
        href={ticketLinks.allOpen()}
      />
      <StatCard
        testId="stat-overdue"
        label={t("stats.overdue.label")}
        value={count(data.overdue)}
        hint={t("stats.overdue.hint")}
        icon={AlertTriangle}
        tone={data.overdue > 0 ? "destructive" : "default"}
        href={ticketLinks.overdue()}
      />
      <StatCard
        testId="stat-due-soon"
        label={t("stats.dueSoon.label")}
        value={count(data.dueSoon)}
        hint={t("stats.dueSoon.hint")}
        icon={AlarmClock}
        tone={data.dueSoon > 0 ? "warning" : "default"}
        href={ticketLinks.dueSoon()}
      />
      <StatCard
        testId="stat-unassigned"
        label={t("stats.unassigned.label")}
        value={count(data.unassigned.open)}
        hint={t("stats.unassigned.hint")}
        icon={Inbox}
        href={ticketLinks.workload("unassigned")}
      />
      <StatCard
        testId="stat-first-response"
        label={t("stats.firstResponse.label")}
        value={median(data.medianFirstResponseMinutes)}
        hint={t("stats.firstResponse.hint", { period })}
        icon={MessageSquareReply}
      />
      <StatCard
        testId="stat-resolution"
        label={t("stats.resolution.label")}
        value={median(data.medianResolutionMinutes)}
        hint={t("stats.resolution.hint", { period })}
        icon={CircleCheck}
      />
    </section>
  );
}

function Charts({ data }: { data: Stats }) {
  const t = useTranslations("dashboard");
  const nameOf = useLocalizedName();
  const period = usePeriod(data);
  const perDay = data.createdPerDay.map((day, i) => ({
    date: day.date,
    created: day.count,
    resolved: data.resolvedPerDay[i]?.count ?? 0,
  }));
  const workload = [
    ...(data.unassigned.open > 0
      ? [{ id: "unassigned", name: t("charts.workload.unassigned"), ...data.unassigned }]
      : []),
    ...data.workload.slice(0, WORKLOAD_ROWS).map((row) => ({
      id: row.assignee.id,
      name: row.assignee.fullName,
      open: row.open,
      overdue: row.overdue,
    })),
  ];
  const byStatus: CountItem[] = data.byStatus.map((item) => ({
    id: item.id,
    name: nameOf(item),
    count: item.count,
    href: ticketLinks.status(item.id),
  }));
  /** A breakdown's bars in the page's language; the bucket of tickets without a value is named here. */
  const breakdown = (chart: OpenBreakdown): CountItem[] =>
    data[chart.items].map((item) => ({
      id: item.id,
      name: item.id === null ? t(`charts.open.${chart.filter}.none`) : nameOf(item),
      count: item.count,
      href: item.id === null ? null : ticketLinks.open(chart.filter, item.id),
    }));

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <ChartCard
        testId="chart-per-day"
        title={t("charts.perDay.title")}
        description={t("charts.perDay.description", { period })}
        isEmpty={!perDay.some((d) => d.created > 0 || d.resolved > 0)}
        empty={t("charts.perDay.empty")}
        className="lg:col-span-2"
      >
        <TicketsPerDayChart days={perDay} />
      </ChartCard>
      <ChartCard
        testId="chart-status"
        title={t("charts.status.title")}
        description={t("charts.status.description")}
        isEmpty={!nonEmpty(byStatus)}
        empty={t("charts.status.empty")}
      >
        <CountBarChart items={byStatus} />
      </ChartCard>
      {OPEN_BREAKDOWNS.map((chart) => (
        <ChartCard
          key={chart.filter}
          testId={`chart-${chart.filter}`}
          title={t(`charts.open.${chart.filter}.title`)}
          description={t(`charts.open.${chart.filter}.description`)}
          isEmpty={!nonEmpty(data[chart.items])}
          empty={t("charts.open.empty")}
        >
          <CountBarChart items={breakdown(chart)} color={chart.color} />
        </ChartCard>
      ))}
      <ChartCard
        testId="chart-workload"
        title={t("charts.workload.title")}
        description={
          data.workload.length > WORKLOAD_ROWS
            ? t("charts.workload.descriptionBusiest", { count: WORKLOAD_ROWS })
            : t("charts.workload.description")
        }
        isEmpty={workload.length === 0}
        empty={t("charts.workload.empty")}
      >
        <WorkloadChart rows={workload} />
      </ChartCard>
    </div>
  );
}

export function ChartsSkeleton() {
  const t = useTranslations("dashboard.overview");
  return (
    <div className="grid gap-6 lg:grid-cols-2" aria-busy="true" aria-label={t("loading")}>
      <Skeleton className="h-80 rounded-xl lg:col-span-2" />
      {Array.from({ length: 4 }, (_, i) => (
        <Skeleton key={i} className="h-64 rounded-xl" />
      ))}
    </div>
  );
}
