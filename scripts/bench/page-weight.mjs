// Each page's first-load JavaScript, gzip, from the web app's production build: the chunks Next.js
// lists for the route in .next/diagnostics/route-bundle-stats.json (written by `next build`), each
// gzipped at level 9 as a server would send it. Chunks a page loads later (lazy charts, the sign-out
// client) are not first-load and not counted.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** The targets of issue 13 (docs/page-weight.md), in KiB. */
export const WEIGHT_TARGETS = { "/dashboard": 180, default: 250 };

/** @param {string} webDir apps/web, built */
export function pageWeights(webDir) {
  const stats = JSON.parse(readFileSync(path.join(webDir, ".next/diagnostics/route-bundle-stats.json"), "utf8"));
  const sizes = new Map();
  const gzipped = (file) => {
    if (!sizes.has(file)) sizes.set(file, gzipSync(readFileSync(path.join(webDir, file)), { level: 9 }).length);
    return sizes.get(file);
  };
  return stats
    .filter(
      (route) => !route.route.startsWith("/_") && !route.route.startsWith("/api/") && route.firstLoadChunkPaths.length,
    )
    .map((route) => {
      const kib = route.firstLoadChunkPaths.reduce((sum, file) => sum + gzipped(file), 0) / 1024;
      const target = WEIGHT_TARGETS[route.route] ?? WEIGHT_TARGETS.default;
      return { route: route.route, kib, rawKib: route.firstLoadUncompressedJsBytes / 1024, target };
    })
    .sort((a, b) => b.kib - a.kib);
}

/** The table `pnpm bench` prints. */
export function printPageWeights(webDir) {
  const rows = pageWeights(webDir);
  console.log(`\nFirst-load JavaScript per page, from the build (gzip -9; uncompressed beside it)`);
  console.log(`${"page".padEnd(28)}${"gzip KiB".padStart(10)}${"raw KiB".padStart(10)}${"target".padStart(9)}`);
  for (const r of rows) {
    const verdict = r.kib <= r.target ? "ok" : `over by ${(r.kib - r.target).toFixed(1)}`;
    console.log(
      `${r.route.padEnd(28)}${r.kib.toFixed(1).padStart(10)}${r.rawKib.toFixed(0).padStart(10)}${`≤ ${r.target}`.padStart(9)}   ${verdict}`,
    );
  }
  return rows;
}
