import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { findChromium } from "../ensure-chromium.mjs";
const base = process.env.BASE ?? "http://127.0.0.1:3999";
async function browserCookie(username) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const response = await fetch(`${base}/api/auth/callback/credentials`, { method: "POST", redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ") },
    body: new URLSearchParams({ csrfToken, login: process.env.WHO ?? "admin", password: "soporte-demo-2026", json: "true" }) });
  return response.headers.getSetCookie().find((c) => c.startsWith("soporte.session=")).split(";")[0];
}
const cookie = await browserCookie();
const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"] });
const r = await lighthouse(base + process.argv[2], { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"], extraHeaders: { cookie } });
const a = r.lhr.audits;
console.log("benchmarkIndex", r.lhr.environment.benchmarkIndex, "score", r.lhr.categories.performance.score, "tbt", a["total-blocking-time"].numericValue, "cls", a["cumulative-layout-shift"].numericValue);
for (const id of ["layout-shifts", "long-tasks", "bootup-time", "largest-contentful-paint-element", "mainthread-work-breakdown"]) console.log(id, JSON.stringify(a[id]?.details?.items?.slice(0, 8), null, 0)?.slice(0, 2500));
await chrome.kill();
