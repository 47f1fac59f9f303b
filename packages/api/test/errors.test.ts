import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { createInnerContext } from "../src/context";
import { fieldError } from "../src/lib/errors";
import { createTRPCRouter, publicProcedure } from "../src/trpc";
import { useTestDatabase } from "./db";

const database = useTestDatabase();

// The error formatter reads NODE_ENV once: this file runs as production.
beforeAll(() => {
  vi.stubEnv("NODE_ENV", "production");
});

const probe = createTRPCRouter({
  boom: publicProcedure.query(() => {
    throw new Error('relation "secret_table" does not exist: SELECT password FROM users');
  }),
  taken: publicProcedure.mutation(() => {
    throw fieldError("email", "emailTaken", "An account with this email already exists.", { code: "CONFLICT" });
  }),
  echo: publicProcedure
    .input(z.object({ email: z.email().max(254), name: z.string().min(2).max(10) }))
    .mutation(({ input }) => input),
});

async function call(path: string, init?: RequestInit) {
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    router: probe,
    req: new Request(`http://localhost/api/trpc/${path}`, init),
    createContext: () => createInnerContext({ db: database().db, meta: { requestId: "req-123" } }),
  });
  return { status: response.status, body: await response.text() };
}

describe("errors over HTTP in production", () => {
  it("hide internals of unexpected errors and carry the request id", async () => {
    const { status, body } = await call("boom");
    expect(status).toBe(500);
    expect(body).not.toMatch(/secret_table|SELECT|password|stack|\.ts:/);
    const { error } = JSON.parse(body) as { error: { json: { message: string; data: { requestId: string } } } };
    expect(error.json.message).toMatch(/went wrong/);
    expect(error.json.data.requestId).toBe("req-123");
  });

  it("return field-level validation errors as BAD_REQUEST", async () => {
    const { status, body } = await call("echo", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { email: "not-an-email", name: "x" } }),
    });
    expect(status).toBe(400);
    const { error } = JSON.parse(body) as {
      error: {
        json: { data: { code: string; zodError: { fieldErrors: Record<string, string[]> }; fieldIssues: unknown } };
      };
    };
    expect(error.json.data.code).toBe("BAD_REQUEST");
    expect(Object.keys(error.json.data.zodError.fieldErrors).sort()).toEqual(["email", "name"]);
    // What a client words in its own language: the kind of problem and its bound, per field.
    expect(error.json.data.fieldIssues).toEqual({
      email: { reason: "invalidEmail", values: {} },
      name: { reason: "tooShort", values: { minimum: 2 } },
    });
  });

  it("carry field errors from rules checked after parsing, like a taken email", async () => {
    const { status, body } = await call("taken", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(status).toBe(409);
    const { error } = JSON.parse(body) as {
      error: { json: { data: { zodError: { fieldErrors: Record<string, string[]> }; fieldIssues: unknown } } };
    };
    expect(error.json.data.zodError.fieldErrors).toEqual({ email: ["An account with this email already exists."] });
    expect(error.json.data.fieldIssues).toEqual({ email: { reason: "emailTaken", values: {} } });
  });
});
