"use client";

import { lazy, type ComponentType } from "react";

// recharts is the heaviest piece of the web app (about 120 KB gzip). The charts load after the page:
// when the first chart comes near the screen (chart-card.tsx), or at the page's first interaction
// (docs/page-weight.md).
const loadCharts = () => import("./charts");

/** Starts loading the charts' code. */
export function preloadCharts() {
  void loadCharts();
}

/**
 * A chart whose code loads when it first renders. A plain component around `lazy()`: the dashboard's
 * server components render it, and a server component can hand a client component, not a lazy one.
 */
function lazyChart<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  const Chart = lazy(async () => ({ default: await load() }));
  return function LazyChart(props: Props) {
    return <Chart {...props} />;
  };
}

export const CountBarChart = lazyChart(() => loadCharts().then((m) => m.CountBarChart));
export const TicketsPerDayChart = lazyChart(() => loadCharts().then((m) => m.TicketsPerDayChart));
export const WorkloadChart = lazyChart(() => loadCharts().then((m) => m.WorkloadChart));
