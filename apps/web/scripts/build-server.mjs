// Bundles server.ts and the workspace packages it imports (TypeScript source) into dist/server.mjs.
// Packages from node_modules stay external, imported by a path relative to dist/ (pnpm keeps a
// package's dependencies beside it, not in apps/web/node_modules), so nothing is transformed at
// run time and start-up stays fast.
import { builtinModules } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outdir = path.join(webDir, "dist");
const builtins = new Set(builtinModules);

/** Bare imports: workspace packages and `@/` paths are bundled, node_modules packages stay external. */
const externalPackages = {
  name: "external-packages",
  setup(build) {
    // "server-only" throws outside Next's react-server environment; this process is server-only anyway.
    build.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "empty" }));
    build.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "" }));
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === "resolving") return undefined;
      if (args.path.startsWith("node:") || builtins.has(args.path)) return { external: true };
      const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: "resolving" });
      if (resolved.errors.length) return { errors: resolved.errors };
      if (!resolved.path.split(path.sep).includes("node_modules")) return { path: resolved.path };
      const relative = path.relative(outdir, resolved.path).split(path.sep).join("/");
      return { path: relative.startsWith(".") ? relative : `./${relative}`, external: true };
    });
  },
};

await build({
  entryPoints: [path.join(webDir, "server.ts")],
  outfile: path.join(outdir, "server.mjs"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: true,
  tsconfig: path.join(webDir, "tsconfig.json"),
  plugins: [externalPackages],
  logLevel: "warning",
});
