// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that takes the committed
// migrations to the current schema.prisma. With --check, writes nothing and exits 1 when the
// schema and the migrations differ (CI's drift check).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { migrationsDir, workspaceRoot } from "../env";

const args = process.argv.slice(2);
const check = args.includes("--check");
const name = args.find((arg) => !arg.startsWith("--"));
if (!check && !name?.match(/^[a-z0-9_]{1,60}$/)) {
  console.error("Usage: pnpm db:new-migration <name_in_snake_case>   (or --check)");
  process.exit(2);
}

const schema = path.join(workspaceRoot(), "prisma", "schema.prisma");
const tmp = mkdtempSync(path.join(tmpdir(), "soporte-migration-"));
const out = path.join(tmp, "migration.sql");
try {
  execFileSync(
    "prisma",
    ["migrate", "diff", "--from-migrations", migrationsDir(), "--to-schema-datamodel", schema, "--script", "-o", out],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  const sql = readFileSync(out, "utf8");
  const empty = !/^\s*[A-Z]/m.test(sql.replace(/^--.*$/gm, ""));
  if (check) {
    if (!empty) {
      console.error("schema.prisma and prisma/migrations differ. Run `pnpm db:new-migration <name>`:\n" + sql);
      process.exit(1);
    }
    console.log("Migrations match schema.prisma.");
  } else if (empty) {
    console.log("schema.prisma matches the migrations: nothing to write.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(migrationsDir(), `${stamp}_${name}`);
    mkdirSync(dir);
    writeFileSync(path.join(dir, "migration.sql"), sql);
    console.log(`Wrote ${path.relative(workspaceRoot(), dir)}/migration.sql — read it, then commit it.`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
