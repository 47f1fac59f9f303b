"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Area, AreaChart, CartesianGrid, XAxis, YAxis } from "recharts";
import {
  ChartContainer,
  ChartLegend,
  ChartLegendContent,
  ChartTooltip,
  ChartTooltipContent,
  type ChartConfig,
} from "@/components/ui/chart";
import { formatDay } from "./format-stats";
import { ticketLinks } from "./ticket-links";

const SERIES = ["created", "resolved"] as const;

/** Tickets created and resolved per UTC day; a click on a day lists the tickets created that day. */
export function TicketsPerDayChart({ days }: { days: { date: string; created: number; resolved: number }[] }) {
  const router = useRouter();
  const t = useTranslations("dashboard.charts.perDay");
  const locale = useLocale();
  const format = useFormatter();
  const config = {
    created: { label: t("created"), color: "var(--chart-1)" },
    resolved: { label: t("resolved"), color: "var(--chart-2)" },
  } satisfies ChartConfig;
  const dayLabel = (label: unknown) => formatDay(String(label), locale);
  return (
    <ChartContainer config={config} className="aspect-auto h-64 w-full">
      <AreaChart
        data={days}
        margin={{ left: 0, right: 8, top: 8, bottom: 0 }}
        className="cursor-pointer"
        onClick={(state) => {
          const index = Number(state?.activeIndex);
          const day = Number.isInteger(index) ? days[index] : undefined;
          if (day) router.push(ticketLinks.createdOn(day.date));
        }}
      >
        <CartesianGrid vertical={false} />
        <XAxis
          dataKey="date"
          tickLine={false}
          axisLine={false}
          tickMargin={8}
          minTickGap={24}
          tickFormatter={dayLabel}
        />
        <YAxis
          allowDecimals={false}
          tickLine={false}
          axisLine={false}
          width={32}
          tickFormatter={(value: number) => format.number(value)}
        />
        <ChartTooltip content={<ChartTooltipContent labelFormatter={dayLabel} />} />
        <ChartLegend content={<ChartLegendContent />} />
        {SERIES.map((key) => (
          <Area
            key={key}
            dataKey={key}
            type="monotone"
            stroke={`var(--color-${key})`}
            fill={`var(--color-${key})`}
            fillOpacity={0.15}
            strokeWidth={2}
            isAnimationActive={false}
          />
        ))}
      </AreaChart>
    </ChartContainer>
  );
}
