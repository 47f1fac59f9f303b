// The dashboard's charts: they draw from dashboard.stats, and every bar leads to the ticket list
// filtered to exactly the tickets it counts.
import { expect, test, type Page } from "@playwright/test";
import { scrollThrough, signInAt } from "./fixtures";

const ticketRows = (page: Page) => page.getByRole("table", { name: "Tickets" }).locator("tbody tr");

test("staff see charts; a status bar lists that status's tickets", async ({ page }) => {
  await signInAt(page, "/dashboard", "agent");
  const overview = page.getByTestId("dashboard-overview");
  await expect(overview).toBeVisible();
  // A chart draws when it comes near the screen.
  await expect(page.getByTestId("stat-open")).toBeVisible();
  await scrollThrough(page);
  for (const chart of [
    "chart-per-day",
    "chart-status",
    "chart-priority",
    "chart-category",
    "chart-location",
    "chart-workload",
  ])
    await expect(page.getByTestId(chart).locator("svg.recharts-surface").first(), chart).toBeVisible();
  const statusChart = page.getByTestId("chart-status");
  const bars = statusChart.locator(".recharts-bar-rectangle path");
  await expect(bars.first()).toBeVisible();
  expect(await bars.count()).toBeGreaterThan(1);
  await expect(page.getByTestId("stat-open").getByTestId("stat-value")).toHaveText(/^[\d,]+$/);

  // The widest bar: the status with the most tickets, its label a link to the same list.
  const widths = await bars.evaluateAll((paths) => paths.map((p) => (p as SVGGraphicsElement).getBBox().width));
  const widest = widths.indexOf(Math.max(...widths));
  const label = statusChart.locator(".recharts-yAxis-tick-labels a, .recharts-cartesian-axis-ticks a").nth(widest);
  const [statusName, count] = ((await label.getAttribute("aria-label")) ?? "").split(/: | tickets/);
  expect(Number(count)).toBeGreaterThan(0);

  await bars.nth(widest).click();
  await expect(page).toHaveURL(/\/tickets\?status=[0-9a-f-]{36}/);
  await expect(ticketRows(page).first()).toBeVisible();
  const statusCells = ticketRows(page).locator("td", { hasText: statusName! });
  await expect(statusCells.first()).toBeVisible();
  expect(await ticketRows(page).count()).toBe(Math.min(Number(count), 25));
  await expect(page.locator('select[aria-label="Filter by status"] option:checked')).toHaveText(statusName!);
});

test("the overdue number leads to the open tickets whose SLA is breached", async ({ page }) => {
  await signInAt(page, "/dashboard", "backoffice");
  const overdue = page.getByTestId("stat-overdue");
  await expect(overdue.getByTestId("stat-value")).toHaveText(/^[\d,]+$/);
  await overdue.getByRole("link").click();
  await expect(page).toHaveURL(/\/tickets\?state=unfinished&sla=breached/);
  await expect(page.locator('select[aria-label="Filter by SLA"] option:checked')).toHaveText("Breached");
  await expect(page.getByRole("button", { name: "Remove filter: Open and pending" })).toBeVisible();
  const slas = ticketRows(page).locator("[data-sla]");
  await expect(slas.first()).toBeVisible();
  expect(new Set(await slas.evaluateAll((els) => els.map((el) => el.getAttribute("data-sla"))))).toEqual(
    new Set(["breached"]),
  );
});

test("a requester without dashboard.read gets their simple home, not an error", async ({ page }) => {
  await signInAt(page, "/dashboard", "requester");
  await expect(page.getByText("Your open tickets")).toBeVisible();
  await expect(page.getByTestId("dashboard-overview")).toHaveCount(0);
});
