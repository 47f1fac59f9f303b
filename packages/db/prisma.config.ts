import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { defineConfig } from "prisma/config";

// The Prisma CLI is used only to generate the client and to diff the schema against the
// migrations (src/cli/new-migration.ts). It never touches a real database — src/migrate.ts
// applies migrations — so its databases are throwaway in-memory PGlite instances.

type Adapter = Awaited<ReturnType<PrismaPGlite["connect"]>>;

/** pglite-prisma-adapter 0.6.1 neither awaits exec() in executeScript nor runs parameterless
 * multi-statement executeRaw, which replaying migrations on the shadow database needs. */
async function connectInMemory(): Promise<Adapter> {
  const pg = new PGlite({ extensions: { pg_trgm, unaccent } });
  const adapter = await new PrismaPGlite(pg).connect();
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeScript = async (script) => {
    await pg.exec(script);
  };
  adapter.executeRaw = async (query) => {
    if (query.args.length > 0) return executeRaw(query);
    await pg.exec(query.sql);
    return 0;
  };
  return adapter;
}

const factory = {
  provider: "postgres" as const,
  adapterName: "pglite-cli",
  connect: connectInMemory,
  connectToShadowDb: connectInMemory,
};

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(import.meta.dirname, "../../prisma/schema.prisma"),
  migrations: { path: path.join(import.meta.dirname, "../../prisma/migrations") },
  // One memoized factory: Prisma asks for the adapter more than once per command.
  adapter: async () => factory,
});
