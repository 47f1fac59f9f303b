import type { NextConfig } from "next";

const config: NextConfig = {
  // Workspace packages export TypeScript source.
  transpilePackages: ["@soporte/api", "@soporte/db"],
  // Native and WASM modules load from node_modules at run time instead of being bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "pino", "pg", "pg-listen"],
  poweredByHeader: false,
  typedRoutes: false,
  // `forbidden()`: a page the user may not see renders app/(app)/forbidden.tsx with a 403.
  experimental: { authInterrupts: true },
};

export default config;
