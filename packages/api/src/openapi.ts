// The REST API's OpenAPI 3.1 document, generated from the procedures that carry `meta.openapi`
// (trpc-to-openapi). docs/api.md.
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import { generateOpenApiDocument, type OpenAPIObject } from "trpc-to-openapi";
import { INTERNAL_ERROR_MESSAGE } from "./lib/errors";
import { appRouter } from "./root";

/** Where REST lives; each procedure's `meta.openapi.path` is relative to it. */
export const REST_BASE_PATH = "/api/v1";

const TAGS: { name: string; description: string }[] = [
  { name: "auth", description: "Register, sign in for a token pair, refresh it, sign out." },
  { name: "me", description: "The signed-in user's own profile, password and permissions." },
  { name: "sessions", description: "The signed-in user's sessions (browsers and API clients)." },
  { name: "users", description: "People: the admin directory and the pickers for staff and requesters." },
  { name: "roles", description: "Roles and the permissions they grant." },
  { name: "organizations", description: "The organizations people and tickets belong to." },
  { name: "locations", description: "The sites and offices people and tickets belong to." },
  { name: "catalogs", description: "Statuses, priorities, criticalities, categories and problem types." },
  { name: "settings", description: "Instance-wide settings, such as whether self-registration is open." },
  { name: "tickets", description: "The helpdesk: list, search, open, change and close tickets." },
  { name: "comments", description: "Replies and internal notes on a ticket." },
  { name: "dashboard", description: "Counts, trends and workload over the tickets you may see." },
  { name: "audit", description: "Who changed what, and when." },
  { name: "messages", description: "Direct messages between people, and announcements." },
  { name: "views", description: "Saved views: named filters of the ticket list, private or shared with staff." },
  {
    name: "notifications",
    description: "The bell: a ticket assigned to you, a reply on your ticket, an announcement.",
  },
  { name: "health", description: "Liveness and database checks for monitors (no sign-in)." },
];

const DESCRIPTION = `The Soporte helpdesk over plain JSON. The same rules as the web app and the TypeScript client hold here:
permissions, the tickets you may see, rate limits, body limits (1 MiB) and the audit log.

**Authentication.** \`POST /auth/login\` answers a token pair. Send the access token as \`Authorization: Bearer <accessToken>\`;
when it expires (\`accessTokenExpiresAt\`), \`POST /auth/refresh\` with the refresh token gives a new pair (the old refresh
token stops working). \`POST /auth/logout\` ends the session: both tokens stop working.

**Errors** have one shape, \`{ "error": { "code", "message", "fieldErrors"?, "requestId" } }\`, with the HTTP status:
400 (invalid input; \`fieldErrors\` names each field), 401 (not signed in), 403 (not allowed), 404 (not found, or not
yours to see), 409 (conflict, e.g. a taken email), 412 (a protected rule: a built-in role, the last administrator), 413 (body too large), 415 (the body must be JSON), 429 (too many
requests; wait \`Retry-After\` seconds), 500 (our fault: quote the \`requestId\`).

**Lists** take \`limit\` and \`cursor\` and answer \`{ items, nextCursor }\`: pass \`nextCursor\` back as \`cursor\` for the
next page; it is null on the last one. A filter that takes several values repeats its key: \`?statusIds=a&statusIds=b\`.
Dates are ISO 8601 strings.`;

const ERROR_EXAMPLES: Partial<Record<TRPC_ERROR_CODE_KEY, string>> = {
  BAD_REQUEST: "Some fields are not valid: see fieldErrors.",
  UNAUTHORIZED: "Sign in to continue.",
  FORBIDDEN: 'You need the "tickets.update" permission to do this.',
  NOT_FOUND: "That ticket does not exist, or you may not see it.",
  CONFLICT: "An account with this email already exists.",
  PAYLOAD_TOO_LARGE: "The request body is larger than 1024 KiB.",
  UNSUPPORTED_MEDIA_TYPE: "Send the body as JSON (Content-Type: application/json).",
  TOO_MANY_REQUESTS: "Too many messages. Try again in 42 seconds.",
  INTERNAL_SERVER_ERROR: INTERNAL_ERROR_MESSAGE,
};

type Schema = NonNullable<NonNullable<OpenAPIObject["components"]>["schemas"]>[string];

/** The JSON schema of every error body, with an example for one code. */
function errorBodySchema(code: string): Schema {
  const message = ERROR_EXAMPLES[code as TRPC_ERROR_CODE_KEY] ?? "Something is wrong with the request.";
  return {
    type: "object",
    description: "Every error answers this shape.",
    required: ["error"],
    properties: {
      error: {
        type: "object",
        required: ["code", "message", "requestId"],
        properties: {
          code: { type: "string", description: "A stable, machine-readable code.", example: code },
          message: { type: "string", description: "What went wrong, for a person to read." },
          fieldErrors: {
            type: "object",
            description: "Per input field, what is wrong with it (400 and 409 only).",
            additionalProperties: { type: "array", items: { type: "string" } },
          },
          requestId: { type: "string", format: "uuid", description: "Quote it when reporting a problem." },
        },
      },
    },
    example: {
      error: {
        code,
        message,
        ...(code === "BAD_REQUEST"
          ? { fieldErrors: { title: ["Too small: expected string to have >=3 characters"] } }
          : {}),
        requestId: "6f1d2c3b-4a59-4c2d-9a8e-0b6f5c1e3f1a",
      },
    },
  };
}

/** Errors any operation may answer besides those trpc-to-openapi lists from its meta. */
function addCommonErrors(document: OpenAPIObject): void {
  const schemas = (document.components ??= {}).schemas ?? {};
  const errorRef = (code: string) => {
    schemas[`error.${code}`] ??= errorBodySchema(code);
    return { $ref: `#/components/schemas/error.${code}` };
  };
  for (const path of Object.values(document.paths ?? {})) {
    for (const method of ["get", "post", "put", "patch", "delete"] as const) {
      const operation = path[method];
      if (!operation) continue;
      const responses = operation.responses as Record<string, unknown>;
      const add = (status: number, code: string, description: string, headers?: object) => {
        responses[status] ??= { description, headers, content: { "application/json": { schema: errorRef(code) } } };
      };
      if (operation.requestBody) {
        add(413, "PAYLOAD_TOO_LARGE", "The body is larger than 1 MiB");
        add(415, "UNSUPPORTED_MEDIA_TYPE", "The body is not JSON");
      }
      // Writes are where the rate limits are (sign-in, registration, messages, password changes).
      if (operation.requestBody)
        add(429, "TOO_MANY_REQUESTS", "Too many requests", {
          "Retry-After": { description: "Seconds to wait before trying again", schema: { type: "integer" } },
        });
    }
  }
  document.components.schemas = schemas;
}

let cached: { origin: string; document: OpenAPIObject } | null = null;

/** The document for a server reached at `origin` (e.g. `https://help.example.com`). */
export function openApiDocument(origin: string): OpenAPIObject {
  if (cached?.origin === origin) return cached.document;
  const document = generateOpenApiDocument(appRouter, {
    title: "Soporte API",
    version: "1.0.0",
    description: DESCRIPTION,
    baseUrl: `${origin}${REST_BASE_PATH}`,
    securitySchemes: {
      Authorization: {
        type: "http",
        scheme: "bearer",
        bearerFormat: "JWT",
        description: "The `accessToken` from `POST /auth/login` or `POST /auth/refresh`.",
      },
    },
  });
  document.tags = TAGS;
  // trpc-to-openapi's error components describe its own body; ours wraps it in `error` with a request id.
  for (const name of Object.keys(document.components?.schemas ?? {})) {
    if (name.startsWith("error.")) document.components!.schemas![name] = errorBodySchema(name.slice("error.".length));
  }
  addCommonErrors(document);
  cached = { origin, document };
  return document;
}
