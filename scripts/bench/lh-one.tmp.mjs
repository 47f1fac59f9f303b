// temp: node scripts/bench/lh-one.tmp.mjs /path ... (BASE, WHO, RUNS)
import { lighthousePages, printLighthouse } from "./lighthouse.mjs";
const base = process.env.BASE ?? "http://127.0.0.1:3999";
const who = process.env.WHO ?? "admin";
async function browserCookie(username) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST", redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ") },
    body: new URLSearchParams({ csrfToken, login: username, password: "soporte-demo-2026", json: "true" }),
  });
  return response.headers.getSetCookie().find((c) => c.startsWith("soporte.session=")).split(";")[0];
}
const cookie = await browserCookie(who);
const rows = await lighthousePages({ base, runs: Number(process.env.RUNS ?? 3), pages: process.argv.slice(2).map((path) => ({ path, cookie: path === "/sign-in" || path === "/register" ? undefined : cookie })) });
for (const r of rows) console.log(r.path, r.score, "fcp", Math.round(r.fcp), "lcp", Math.round(r.lcp), "tbt", Math.round(r.tbt), "cls", r.cls.toFixed(3), "si", Math.round(r.si));
