// Server-side time of dashboard.stats (the service function, no HTTP) on a PostgreSQL database that
// already has its tickets (e.g. scripts/bench/bulk-tickets.mjs): p50 / p90 of N calls, for a caller
// who sees every ticket (the counters) and for a requester (live counts within their scope).
//   pnpm --filter @soporte/api exec tsx bench/dashboard-stats.ts <databaseUrl> [calls] [staffLogin] [requesterLogin]
import { connectPostgres } from "@soporte/db";
import { loadSession } from "../src/auth/session-user";
import { dashboardStats } from "../src/services/helpdesk/dashboard";

const [url, callsArg = "20", staffLogin = "admin", requesterLogin = "requester"] = process.argv.slice(2);
if (!url) throw new Error("usage: dashboard-stats.ts <databaseUrl> [calls] [staffLogin] [requesterLogin]");
const calls = Number(callsArg);
const { db, close } = connectPostgres(url);

async function authFor(username: string) {
  const user = await db.user.findUniqueOrThrow({ where: { username }, select: { id: true } });
  const session = await db.session.create({
    data: { userId: user.id, kind: "api", expiresAt: new Date(Date.now() + 3_600_000) },
  });
  return { auth: (await loadSession(db, session.id))!, sessionId: session.id };
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

for (const [label, login, input] of [
  ["staff, last 30 days", staffLogin, {}],
  ["staff, 366 days", staffLogin, { from: "2025-12-04", to: "2026-12-04" }],
  ["requester, last 30 days", requesterLogin, {}],
] as const) {
  const { auth, sessionId } = await authFor(login);
  await dashboardStats(db, auth, input); // warm up: connections, query compilation
  const times: number[] = [];
  let stats;
  for (let i = 0; i < calls; i++) {
    const started = performance.now();
    stats = await dashboardStats(db, auth, input);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${label}: p50 ${pct(times, 0.5).toFixed(1)} ms, p90 ${pct(times, 0.9).toFixed(1)} ms, min ${times[0]!.toFixed(1)} ms` +
      ` — open ${stats!.open}, overdue ${stats!.overdue}, due soon ${stats!.dueSoon},` +
      ` medians ${stats!.medianFirstResponseMinutes} / ${stats!.medianResolutionMinutes} min`,
  );
  await db.session.delete({ where: { id: sessionId } });
}
await close();
