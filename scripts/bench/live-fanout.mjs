// `pnpm bench` group "live": one announcement to SUBSCRIBERS open `messages.onMessage` streams spread
// over two app instances on one PostgreSQL database (each with its own LISTEN connection), posted
// through the second: delivery latency from the moment the POST leaves to each stream's event (p50,
// p99, max), and the memory the streams hold in the servers (RSS with the streams open, less before).
import { spawn, execFileSync } from "node:child_process";
import http from "node:http";
import { readFileSync } from "node:fs";

const USERS = ["agent", "backoffice", "requester", "admin", "sofia.ramirez"];
const ROUNDS = 5;

const rssBytes = (pid) => Number(readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+)/)[1]) * 1024;
/** e2e/serve.mjs runs the server as its child. */
const serverPid = (servePid) =>
  Number(
    execFileSync("pgrep", ["-P", String(servePid)])
      .toString()
      .trim()
      .split("\n")[0],
  );

/**
 * @param {{ root: string, databaseUrl: string, ports: [number, number], subscribers: number,
 *   login: (username: string, origin: string) => Promise<{ token: string }>,
 *   waitForServer: (origin: string) => Promise<void> }} options
 */
export async function liveFanout({ root, databaseUrl, ports, subscribers, login, waitForServer }) {
  const origins = ports.map((p) => `http://127.0.0.1:${p}`);
  const start = (p) =>
    spawn("node", ["e2e/serve.mjs", String(p)], {
      cwd: root,
      env: {
        ...process.env,
        TEST_DATABASE_URL: "",
        DATABASE_URL: databaseUrl,
        LOG_LEVEL: "warn",
        RATE_LIMIT_BROADCASTS_PER_USER_MINUTE: "1000",
      },
      stdio: ["ignore", "ignore", "inherit"],
    });
  const instances = [];
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const streams = [];
  try {
    // One after the other: each runs the (idempotent) migrations and seed before serving.
    for (const [k, origin] of origins.entries()) {
      instances.push(start(ports[k]));
      await waitForServer(origin);
    }
    const pids = instances.map((i) => serverPid(i.pid));
    const tokens = await Promise.all(
      origins.map(async (origin) => Promise.all(USERS.map(async (u) => (await login(u, origin)).token))),
    );
    const rssBefore = pids.map(rssBytes);

    const input = encodeURIComponent(JSON.stringify({ json: {} }));
    /** marker → (stream → when it heard it) */
    const arrivals = new Map();
    let opened = 0;
    await Promise.all(
      Array.from({ length: subscribers }, (_, i) => {
        const instance = i % 2;
        const url = new URL(`${origins[instance]}/api/trpc/messages.onMessage?input=${input}`);
        return new Promise((resolve, reject) => {
          const request = http.get(
            url,
            {
              agent,
              headers: {
                accept: "text/event-stream",
                authorization: `Bearer ${tokens[instance][i % USERS.length]}`,
              },
            },
            (response) => {
              if (response.statusCode !== 200) return reject(new Error(`stream ${i}: HTTP ${response.statusCode}`));
              response.setEncoding("utf8");
              let buffered = "";
              let open = false;
              response.on("data", (chunk) => {
                if (!open) {
                  open = true;
                  opened++;
                  resolve();
                }
                buffered = (buffered + chunk).slice(-4000);
                const found = buffered.match(/fanout-[a-z0-9]+/g);
                if (!found) return;
                const at = performance.now();
                for (const marker of found) {
                  const heard = arrivals.get(marker) ?? new Map();
                  if (!heard.has(i)) heard.set(i, at);
                  arrivals.set(marker, heard);
                }
                buffered = "";
              });
            },
          );
          request.on("error", reject);
          streams.push(request);
        });
      }),
    );
    // The first bytes of a stream are its connection message; give the last ones a moment to settle.
    await new Promise((r) => setTimeout(r, 1000));
    const rssOpen = pids.map(rssBytes);

    const sender = tokens[1][USERS.indexOf("backoffice")];
    const latencies = [];
    for (let round = 0; round < ROUNDS; round++) {
      const marker = `fanout-${Date.now().toString(36)}${round}`;
      const sent = performance.now();
      const response = await fetch(`${origins[1]}/api/trpc/messages.broadcast`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${sender}` },
        body: JSON.stringify({ json: { body: `Bench announcement ${marker}` } }),
      });
      if (!response.ok) throw new Error(`messages.broadcast: HTTP ${response.status} ${await response.text()}`);
      const deadline = Date.now() + 10_000;
      while ((arrivals.get(marker)?.size ?? 0) < subscribers && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20));
      }
      const got = [...(arrivals.get(marker)?.values() ?? [])];
      if (got.length < subscribers) console.error(`round ${round}: ${got.length} of ${subscribers} streams heard it`);
      latencies.push(...got.map((at) => at - sent));
      await new Promise((r) => setTimeout(r, 500));
    }
    latencies.sort((a, b) => a - b);
    const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN;
    const perStreamKb = pids.map((_, k) => (rssOpen[k] - rssBefore[k]) / (subscribers / 2) / 1024);
    return {
      subscribers: opened,
      rounds: ROUNDS,
      deliveries: latencies.length,
      p50: pct(0.5),
      p99: pct(0.99),
      max: latencies.at(-1) ?? NaN,
      kbPerStream: perStreamKb,
    };
  } finally {
    for (const stream of streams) stream.destroy();
    agent.destroy();
    for (const instance of instances) instance.kill("SIGTERM");
    await Promise.all(instances.map((i) => (i.exitCode !== null ? undefined : new Promise((r) => i.once("exit", r)))));
  }
}
