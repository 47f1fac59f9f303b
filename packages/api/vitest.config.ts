import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["./test/global-setup.ts"],
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 180_000,
    env: { LOG_LEVEL: "silent", AUTH_SECRET: "test-secret-that-is-long-enough-for-hs256-signing" },
  },
});
