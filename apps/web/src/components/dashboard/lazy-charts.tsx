"use client";

import { lazy } from "react";

// recharts is the heaviest piece of the web app (about 120 KB gzip). The charts load after the page,
// while dashboard.stats is on its way, instead of with the page's first JavaScript (docs/page-weight.md).
const loadCharts = () => import("./charts");

/** Starts loading the charts' code; the overview calls it when it mounts. */
export function preloadCharts() {
  void loadCharts();
}

export const CountBarChart = lazy(() => loadCharts().then((m) => ({ default: m.CountBarChart })));
export const TicketsPerDayChart = lazy(() => loadCharts().then((m) => ({ default: m.TicketsPerDayChart })));
export const WorkloadChart = lazy(() => loadCharts().then((m) => ({ default: m.WorkloadChart })));
