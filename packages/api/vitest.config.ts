import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["./test/global-setup.ts"],
    pool: "forks",
    // Rate-limit tests wait up to a minute for a fresh window when they start near a window's edge
    // (test/db.ts awayFromWindowEdge): the limit leaves room for that wait and the test itself.
    testTimeout: 90_000,
    hookTimeout: 180_000,
    env: { LOG_LEVEL: "silent", AUTH_SECRET: "test-secret-that-is-long-enough-for-hs256-signing" },
  },
});
