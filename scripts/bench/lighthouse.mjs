// Lighthouse's mobile performance score of each page (its default: a mid-range phone, 4× slower
// CPU, slow 4G, simulated), signed in where the page needs it. Run by `pnpm bench` (group
// "lighthouse") against the production server it starts.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { findChromium } from "../ensure-chromium.mjs";

/** The figures of one page: the score (0–100) and the metrics it is made of, in ms (CLS unitless). */
function figures(lhr) {
  const metric = (id) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    score: Math.round((lhr.categories.performance.score ?? 0) * 100),
    fcp: metric("first-contentful-paint"),
    lcp: metric("largest-contentful-paint"),
    tbt: metric("total-blocking-time"),
    cls: metric("cumulative-layout-shift"),
    si: metric("speed-index"),
  };
}

/**
 * @param {{ base: string, pages: { path: string, cookie?: string }[], runs?: number }} options
 *   Each page is measured `runs` times; the run with the median score is kept.
 */
export async function lighthousePages({ base, pages, runs = 1 }) {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(process.env, { headlessShell: false }) ?? findChromium(),
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  });
  const rows = [];
  try {
    for (const page of pages) {
      const results = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(`${base}${page.path}`, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance"],
          extraHeaders: page.cookie ? { cookie: page.cookie } : undefined,
        });
        if (!result) throw new Error(`Lighthouse gave no result for ${page.path}`);
        const finalUrl = result.lhr.finalDisplayedUrl ?? result.lhr.finalUrl;
        if (new URL(finalUrl).pathname !== new URL(`${base}${page.path}`).pathname)
          throw new Error(`${page.path} ended on ${finalUrl} (not signed in?)`);
        results.push(figures(result.lhr));
      }
      results.sort((a, b) => a.score - b.score);
      const row = { path: page.path, ...results[Math.floor(results.length / 2)] };
      console.log(`  ${row.path}: ${row.score}`);
      rows.push(row);
    }
  } finally {
    await chrome.kill();
  }
  return rows;
}

export function printLighthouse(rows, who) {
  console.log(`\nLighthouse mobile performance (${who}; target ≥ 90)`);
  const head = ["score", "FCP ms", "LCP ms", "TBT ms", "CLS", "SI ms"];
  console.log(`${"page".padEnd(24)}${head.map((h) => h.padStart(8)).join("")}`);
  for (const r of rows) {
    const cells = [r.score, r.fcp, r.lcp, r.tbt, r.cls.toFixed(3), r.si].map((v, i) =>
      String(i === 0 || i === 4 ? v : Math.round(v)).padStart(8),
    );
    console.log(`${r.path.padEnd(24)}${cells.join("")}${r.score >= 90 ? "" : "   below 90"}`);
  }
}
