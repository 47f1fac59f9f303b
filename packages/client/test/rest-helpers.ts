// What the REST tests share: plain fetch and JSON against the server the global setup started, as a
// program in another language would call it (no shared types).
import { expect, inject } from "vitest";

export const url = inject("serverUrl");
export const PASSWORD = "soporte-demo-2026";

export type Answer = { status: number; body: any; headers: Headers }; // eslint-disable-line @typescript-eslint/no-explicit-any

/** One call under /api/v1: a JSON body when given, the bearer token when given. */
export async function rest(
  method: string,
  path: string,
  opts: { token?: string; body?: unknown } = {},
): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.body !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(`${url}/api/v1${path}`, {
    method,
    headers,
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}

/** Signs in (a demo user unless a password is given): the token pair and the user. */
export async function login(username: string, password = PASSWORD) {
  const { status, body } = await rest("POST", "/auth/login", {
    body: { login: username, password, device: "rest test" },
  });
  expect(status).toBe(200);
  return body as { accessToken: string; refreshToken: string; accessTokenExpiresAt: string; user: { id: string } };
}

/** The one error shape, with its request id. */
export function expectError(answer: Answer, status: number, code: string) {
  expect(answer.status).toBe(status);
  expect(answer.body.error).toMatchObject({ code, message: expect.any(String) });
  expect(answer.body.error.requestId).toMatch(/^[0-9a-f-]{36}$/);
  expect(JSON.stringify(answer.body)).not.toMatch(/stack|at .*\.js:\d+/);
}
