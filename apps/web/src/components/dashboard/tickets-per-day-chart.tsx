"use client";

import { useRouter } from "next/navigation";
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

const config = {
  created: { label: "Created", color: "var(--chart-1)" },
  resolved: { label: "Resolved", color: "var(--chart-2)" },
} satisfies ChartConfig;

/** Tickets created and resolved per UTC day; a click on a day lists the tickets created that day. */
export function TicketsPerDayChart({ days }: { days: { date: string; created: number; resolved: number }[] }) {
  const router = useRouter();
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
          tickFormatter={(day: string) => formatDay(day)}
        />
        <YAxis allowDecimals={false} tickLine={false} axisLine={false} width={32} />
        <ChartTooltip content={<ChartTooltipContent labelFormatter={(label) => formatDay(String(label))} />} />
        <ChartLegend content={<ChartLegendContent />} />
        {(["created", "resolved"] as const).map((key) => (
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
