// Kept-alive connections: an idle one stays open longer than Node's 5-second default, so a client
// that comes back on it after a pause gets an answer, not a reset (docs/serving.md).
import { request, Agent } from "node:http";
import { expect, inject, it } from "vitest";

function get(agent: Agent, url: string) {
  return new Promise<{ status: number; keepAlive: string | string[] | undefined; reused: boolean }>(
    (resolve, reject) => {
      const req = request(url, { agent }, (res) => {
        res.resume();
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, keepAlive: res.headers["keep-alive"], reused: req.reusedSocket }),
        );
      });
      req.on("error", reject);
      req.end();
    },
  );
}

it("an idle kept-alive connection is still open after 6 s, and the server says how long it keeps it", async () => {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const url = `${inject("serverUrl")}/api/health`;
  try {
    const first = await get(agent, url);
    expect(first).toMatchObject({ status: 200, keepAlive: "timeout=65", reused: false });
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    expect(await get(agent, url)).toMatchObject({ status: 200, reused: true });
  } finally {
    agent.destroy();
  }
}, 20_000);
