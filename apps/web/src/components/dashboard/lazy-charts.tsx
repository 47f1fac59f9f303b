"use client";

import { lazy } from "react";

// recharts is the heaviest piece of the web app (about 120 KB gzip). The charts load after the page:
// when the first chart comes near the screen (chart-card.tsx), or at the page's first interaction
// (docs/page-weight.md).
const loadCharts = () => import("./charts");

/** Starts loading the charts' code. */
export function preloadCharts() {
  void loadCharts();
}

export const CountBarChart = lazy(() => loadCharts().then((m) => ({ default: m.CountBarChart })));
export const TicketsPerDayChart = lazy(() => loadCharts().then((m) => ({ default: m.TicketsPerDayChart })));
export const WorkloadChart = lazy(() => loadCharts().then((m) => ({ default: m.WorkloadChart })));
