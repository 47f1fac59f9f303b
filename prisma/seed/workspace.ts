// prisma/ belongs to no workspace package, so Node resolves "@soporte/db" and "@soporte/api" from
// /work/main/node_modules, where pnpm does not link them. The seed reaches the packages' sources
// through relative paths instead, all in this one module so there is a single place to change.
export { connectFromEnv, readDbEnv, type Db, type Prisma } from "../../packages/db/src/index.ts";
export { DEFAULT_ROLE_PERMISSIONS, hashPassword } from "../../packages/api/src/index.ts";
