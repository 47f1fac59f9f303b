import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit tests of the web app's server functions (pages are covered by Playwright).
export default defineConfig({
  resolve: {
    // Outside Next, "server-only" throws on import; these tests run on the server by definition.
    alias: { "server-only": path.resolve(import.meta.dirname, "test/server-only.ts") },
  },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    env: { LOG_LEVEL: "silent", AUTH_SECRET: "test-secret-that-is-long-enough-for-hs256-signing" },
  },
});
