"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from "recharts";
import {
  ChartContainer,
  ChartLegend,
  ChartLegendContent,
  ChartTooltip,
  ChartTooltipContent,
  type ChartConfig,
} from "@/components/ui/chart";
import { ticketLinks } from "./ticket-links";

/** An agent's row, or the unassigned tickets' (`id` "unassigned", named in the page's language). */
export type WorkloadRow = { id: string; name: string; open: number; overdue: number };

const ROW_HEIGHT = 44;

/** Open and overdue tickets per agent (and unassigned); a bar lists those tickets. */
export function WorkloadChart({ rows }: { rows: WorkloadRow[] }) {
  const router = useRouter();
  const t = useTranslations("dashboard.charts.workload");
  const format = useFormatter();
  const config = {
    open: { label: t("open"), color: "var(--chart-1)" },
    overdue: { label: t("overdue"), color: "var(--destructive)" },
  } satisfies ChartConfig;
  const go = (index: number, overdue: boolean) => {
    const row = rows[index];
    if (row) router.push(ticketLinks.workload(row.id, overdue));
  };
  return (
    <ChartContainer config={config} className="aspect-auto w-full" style={{ height: rows.length * ROW_HEIGHT + 56 }}>
      <BarChart data={rows} layout="vertical" margin={{ left: 0, right: 16, top: 0, bottom: 0 }}>
        <CartesianGrid horizontal={false} />
        <XAxis
          type="number"
          allowDecimals={false}
          tickLine={false}
          axisLine={false}
          tickFormatter={(value: number) => format.number(value)}
        />
        <YAxis
          type="category"
          dataKey="name"
          width={136}
          tickLine={false}
          axisLine={false}
          interval={0}
          tick={({ x, y, index }: { x: number | string; y: number | string; index: number }) => {
            const row = rows[index];
            if (!row) return <g />;
            const name = row.name.length > 15 ? `${row.name.slice(0, 14)}…` : row.name;
            return (
              <g transform={`translate(${x},${y})`}>
                <a
                  href={ticketLinks.workload(row.id)}
                  aria-label={t("rowLabel", { name: row.name, open: row.open, overdue: row.overdue })}
                  className="hover:underline"
                >
                  <text x={-8} y={0} dy={4} textAnchor="end" className="fill-foreground text-xs">
                    <title>{row.name}</title>
                    {name}
                  </text>
                </a>
              </g>
            );
          }}
        />
        <ChartTooltip cursor={{ fill: "var(--muted)" }} content={<ChartTooltipContent />} />
        <ChartLegend content={<ChartLegendContent />} />
        <Bar
          dataKey="open"
          fill="var(--color-open)"
          radius={4}
          className="cursor-pointer"
          onClick={(_, index) => go(index, false)}
          isAnimationActive={false}
        />
        <Bar
          dataKey="overdue"
          fill="var(--color-overdue)"
          radius={4}
          className="cursor-pointer"
          onClick={(_, index) => go(index, true)}
          isAnimationActive={false}
        />
      </BarChart>
    </ChartContainer>
  );
}
