"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from "recharts";
import { ChartContainer, ChartTooltip, ChartTooltipContent, type ChartConfig } from "@/components/ui/chart";

/** `href`: the tickets the bar counts, if they have a list of their own. */
export type CountItem = { id: string | null; name: string; count: number; href: string | null };

const ROW_HEIGHT = 36;
const LABEL_CHARS = 15;

/** A long name cut at a word ("Accounts &…"), so that the words shown are words of the link's label. */
function truncate(text: string): string {
  if (text.length <= LABEL_CHARS) return text;
  const cut = text.slice(0, LABEL_CHARS - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > 0 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * Horizontal bars, one per item, longest label first in catalog order. A bar, and its label (a link
 * for keyboards and screen readers), lead to the tickets the bar counts.
 */
export function CountBarChart({
  items,
  color = "var(--chart-1)",
  label,
}: {
  /** Named in the page's language (catalog items through `useLocalizedName`). */
  items: CountItem[];
  color?: string;
  /** The series' name in the tooltip ("Tickets" unless given). */
  label?: string;
}) {
  const router = useRouter();
  const t = useTranslations("dashboard.charts");
  const format = useFormatter();
  const config = { count: { label: label ?? t("ticketsSeries"), color } } satisfies ChartConfig;
  const go = (index: number) => {
    const item = items[index];
    if (item?.href) router.push(item.href);
  };
  return (
    <ChartContainer config={config} className="aspect-auto w-full" style={{ height: items.length * ROW_HEIGHT + 24 }}>
      <BarChart data={items} layout="vertical" margin={{ left: 0, right: 36, top: 0, bottom: 0 }}>
        <CartesianGrid horizontal={false} />
        <XAxis type="number" allowDecimals={false} hide />
        <YAxis
          type="category"
          dataKey="name"
          width={136}
          tickLine={false}
          axisLine={false}
          interval={0}
          tick={({ x, y, index }: { x: number | string; y: number | string; index: number }) => {
            const item = items[index];
            if (!item) return <g />;
            const target = item.href;
            const text = (
              <text x={-8} y={0} dy={4} textAnchor="end" className="fill-foreground text-xs">
                <title>{item.name}</title>
                {truncate(item.name)}
              </text>
            );
            return (
              <g transform={`translate(${x},${y})`}>
                {target ? (
                  <a
                    href={target}
                    aria-label={t("barLabel", { name: item.name, count: item.count })}
                    className="hover:underline"
                  >
                    {text}
                  </a>
                ) : (
                  text
                )}
              </g>
            );
          }}
        />
        <ChartTooltip cursor={{ fill: "var(--muted)" }} content={<ChartTooltipContent />} />
        <Bar
          dataKey="count"
          fill="var(--color-count)"
          radius={4}
          className="cursor-pointer"
          onClick={(_, index) => go(index)}
          isAnimationActive={false}
        >
          <LabelList
            dataKey="count"
            position="right"
            className="fill-foreground text-xs tabular-nums"
            formatter={(value) => (typeof value === "number" ? format.number(value) : value)}
          />
        </Bar>
      </BarChart>
    </ChartContainer>
  );
}
