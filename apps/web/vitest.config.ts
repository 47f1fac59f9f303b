import { defineConfig } from "vitest/config";

// Unit tests of the web app's framework-free server functions (pages are covered by Playwright).
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
  },
});
