import { defineConfig, devices } from "@playwright/test";
import { findChromium } from "./scripts/ensure-chromium.mjs";

const port = Number(process.env.E2E_PORT ?? 3100);
// The browser scripts/ensure-chromium.mjs checked (or installed) before the tests started.
const chromium = findChromium(process.env);
if (!chromium) throw new Error("No Chromium for the browser tests: run `node scripts/ensure-chromium.mjs` (pnpm test:e2e does).");

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // Flows sign several users in (argon2 on purpose costs CPU) on a 2-core machine: generous limits.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never", outputFolder: "test-results/report" }]],
  grepInvert: process.env.SCREENSHOTS ? undefined : /@screenshots/,
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // Prepares a fresh database (PGlite, or PostgreSQL when TEST_DATABASE_URL is set) and serves
    // the production build.
    command: `node e2e/serve.mjs ${port}`,
    // Readiness, not liveness: opening the database here keeps its cold start out of the first test.
    url: `http://localhost:${port}/api/health/db`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
  },
});
