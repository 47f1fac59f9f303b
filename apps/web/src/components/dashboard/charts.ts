// The dashboard's recharts charts, one module so that they load as one chunk (lazy-charts.tsx).
export { CountBarChart } from "./count-bar-chart";
export { TicketsPerDayChart } from "./tickets-per-day-chart";
export { WorkloadChart } from "./workload-chart";
