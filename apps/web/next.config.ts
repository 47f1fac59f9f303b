import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const config: NextConfig = {
  // Workspace packages export TypeScript source.
  transpilePackages: ["@soporte/api", "@soporte/db"],
  // Native and WASM modules load from node_modules at run time instead of being bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@node-rs/argon2",
    "pino",
    "pg",
    "pg-listen",
  ],
  poweredByHeader: false,
  typedRoutes: false,
  // `forbidden()`: a page the user may not see renders app/(app)/forbidden.tsx with a 403.
  experimental: { authInterrupts: true },
};

// Translations: the language of each request and its catalogue (src/i18n/request.ts, docs/i18n.md).
// The catalogues' ICU messages are compiled at build time, so that pages ship a small formatter
// instead of a message parser.
export default createNextIntlPlugin({
  requestConfig: "./src/i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
})(config);
