import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiHandler, isApiRequest, MAX_BODY_BYTES } from "../src/server/api-handler";

// No request here is authenticated, so none reaches the database.
let server: Server;
let base = "";

beforeAll(async () => {
  const handle = createApiHandler((req, res) => {
    res.setHeader("x-guard", "ran");
    return req.headers["x-refuse"] ? new TRPCError({ code: "FORBIDDEN", message: "Refused by the guard." }) : null;
  });
  server = createServer((req, res) => (isApiRequest(req.url) ? handle(req, res) : res.writeHead(404).end()));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type ErrorBody = { error: { json: { message: string; data: { code: string; httpStatus: number; requestId: string | null } } } };

describe("the API's Node handler", () => {
  it("takes /api/trpc and the paths below it, nothing else", () => {
    for (const url of ["/api/trpc", "/api/trpc/me.get", "/api/trpc?batch=1", "/api/trpc/a,b?batch=1"]) expect(isApiRequest(url), url).toBe(true);
    for (const url of ["/api/trpcx", "/api/health", "/api/auth/session", "/", undefined]) expect(isApiRequest(url), String(url)).toBe(false);
  });

  it("runs the guard first: its headers stay on the answer, and its refusal is a tRPC error with the request id", async () => {
    const ok = await fetch(`${base}/api/trpc/health.check`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("x-guard")).toBe("ran");

    const refused = await fetch(`${base}/api/trpc/health.check`, { headers: { "x-refuse": "1", "x-request-id": "guard-test" } });
    expect(refused.status).toBe(403);
    expect(refused.headers.get("x-guard")).toBe("ran");
    const body = (await refused.json()) as ErrorBody;
    expect(body.error.json.message).toBe("Refused by the guard.");
    expect(body.error.json.data).toMatchObject({ code: "FORBIDDEN", httpStatus: 403 });
    // Our own request id, in the body and the header; the client's is not taken.
    expect(body.error.json.data.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(refused.headers.get("x-request-id")).toBe(body.error.json.data.requestId);
  });

  it("answers in one write with a Content-Length, and reads POST bodies", async () => {
    const ok = await fetch(`${base}/api/trpc/health.check`);
    expect(Number(ok.headers.get("content-length"))).toBe((await ok.arrayBuffer()).byteLength);
    const invalid = await fetch(`${base}/api/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { login: "", password: "" } }),
    });
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as ErrorBody).error.json.data.code).toBe("BAD_REQUEST");
  });

  it("streams answers that tRPC streams (jsonl batches), as they come", async () => {
    const input = encodeURIComponent(JSON.stringify({ 0: { json: null }, 1: { json: null } }));
    const response = await fetch(`${base}/api/trpc/health.check,health.check?batch=1&input=${input}`, { headers: { "trpc-accept": "application/jsonl" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-length")).toBeNull();
    expect((await response.text()).match(/"status":"ok"/g)).toHaveLength(2);
  });

  it("refuses a chunked body over the limit with 413 while reading it, and closes the connection", async () => {
    const chunk = new Uint8Array(64 * 1024).fill(0x61);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Twice the limit, with no Content-Length: only counting can catch it.
        if (sent > 2 * MAX_BODY_BYTES) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const response = await fetch(`${base}/api/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(response.headers.get("connection")).toBe("close");
    const error = (await response.json()) as ErrorBody;
    expect(error.error.json.message).toBe("The request body is larger than 1024 KiB.");
  });
});
