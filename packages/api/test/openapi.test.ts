// The REST API's OpenAPI document (served at /api/v1/openapi.json): valid, complete, and honest about errors.
import SwaggerParser from "@apidevtools/swagger-parser";
import { forEachOpenApiProcedure, getPathRegExp, normalizePath } from "trpc-to-openapi";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "../src/openapi";
import { appRouter } from "../src/root";

/** SPEC.md "REST (API-4)": the paths a REST client may rely on (path parameters by position). */
const SPEC_PATHS = [
  "POST /auth/register",
  "POST /auth/login",
  "POST /auth/refresh",
  "POST /auth/logout",
  "POST /auth/logout-all",
  "GET /me",
  "PATCH /me",
  "PUT /me/password",
  "GET /sessions",
  "DELETE /sessions/{}",
  "GET /users",
  "GET /users/{}",
  "GET /users/admins",
  "GET /users/staff",
  "GET /users/requesters",
  "GET /roles",
  "GET /catalogs",
  "GET /tickets",
  "POST /tickets",
  "GET /tickets/{}",
  "PATCH /tickets/{}",
  "DELETE /tickets/{}",
  "GET /tickets/{}/comments",
  "POST /tickets/{}/comments",
  "GET /dashboard/stats",
  "GET /audit",
  "GET /messages/conversations",
  "GET /messages/conversations/{}",
  "POST /messages",
  "POST /messages/broadcast",
  "GET /health",
  "GET /health/db",
];

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

function operations(document: ReturnType<typeof openApiDocument>) {
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({ path, method, operation: item[method]! })),
  );
}

describe("the OpenAPI document", () => {
  const document = openApiDocument("https://help.example.com");

  it("validates as OpenAPI 3.1", async () => {
    expect(document.openapi).toBe("3.1.0");
    // validate() dereferences in place: give it a copy.
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
  });

  it("has every path of SPEC.md's REST list", () => {
    const present = new Set(
      operations(document).map(({ path, method }) => `${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, "{}")}`),
    );
    expect(SPEC_PATHS.filter((path) => !present.has(path))).toEqual([]);
  });

  it("describes each operation: tag, summary, a response schema, bearer security unless public, and its errors", () => {
    const tags = new Set(document.tags?.map((tag) => tag.name));
    const publicOperations = [
      "POST /auth/register",
      "POST /auth/login",
      "POST /auth/refresh",
      "GET /health",
      "GET /health/db",
      "GET /settings",
    ];
    for (const { path, method, operation } of operations(document)) {
      const where = `${method.toUpperCase()} ${path}`;
      expect(operation.tags?.length, where).toBe(1);
      expect(tags.has(operation.tags![0]!), where).toBe(true);
      expect(operation.summary, where).toBeTruthy();
      const ok = operation.responses?.["200"] as { content: Record<string, { schema: object }> };
      expect(Object.keys(ok.content["application/json"]!.schema), `${where} has an output schema`).not.toEqual([]);
      expect(Boolean(operation.security?.length), where).toBe(!publicOperations.includes(where));
      if (!publicOperations.includes(where)) expect(operation.responses, where).toHaveProperty("401");
      if (operation.requestBody) expect(operation.responses, where).toHaveProperty("413");
    }
  });

  it("routes every path to its own procedure: none is shadowed by an earlier one (`/users/staff` by `/users/{id}`)", () => {
    // trpc-to-openapi tries a method's paths in router order and takes the first that matches.
    const routes: { method: string; path: string; pattern: RegExp; procedure: string }[] = [];
    forEachOpenApiProcedure(appRouter._def.procedures, ({ path: procedure, type, meta: { openapi } }) => {
      if (type === "subscription") return;
      const path = normalizePath(openapi.path);
      routes.push({ method: openapi.method, path, pattern: getPathRegExp(path), procedure });
    });
    expect(routes.length).toBeGreaterThan(40);
    const misrouted = routes.flatMap((route) => {
      const sample = route.path.replace(/\{[^}]+\}/g, "0b6f5c1e-3f1a-4c2d-9a8e-6f1d2c3b4a59");
      const first = routes.find((other) => other.method === route.method && other.pattern.test(sample));
      return first === route ? [] : [`${route.method} ${route.path} (${route.procedure}) reaches ${first?.procedure}`];
    });
    expect(misrouted).toEqual([]);
  });

  it("documents the one error body with a request id", () => {
    const schemas = document.components?.schemas ?? {};
    const errors = Object.entries(schemas).filter(([name]) => name.startsWith("error."));
    expect(errors.map(([name]) => name)).toEqual(
      expect.arrayContaining(["error.BAD_REQUEST", "error.UNAUTHORIZED", "error.NOT_FOUND"]),
    );
    for (const [, schema] of errors) {
      expect(schema).toMatchObject({
        required: ["error"],
        properties: { error: { required: ["code", "message", "requestId"] } },
      });
    }
  });

  it("names the bearer scheme and the server it was generated for", () => {
    expect(document.servers?.[0]?.url).toBe("https://help.example.com/api/v1");
    expect(document.components?.securitySchemes?.Authorization).toMatchObject({ type: "http", scheme: "bearer" });
  });
});
