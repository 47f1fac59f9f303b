import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { fileURLToPath } from "node:url";
import { REST_BASE_PATH } from "@soporte/api";
import { webEnv } from "../env";
import { createNonce, securityHeaders } from "./security-headers";

export const API_DOCS_PATH = "/api/docs";

export function isApiDocsRequest(url: string | undefined): boolean {
  const path = url?.split("?")[0];
  return path === API_DOCS_PATH || path === `${API_DOCS_PATH}/scalar.js`;
}

// Scalar's browser bundle (the package exports no path to it, so it is found beside its entry point).
const scalarBundle = new URL("browser/standalone.js", import.meta.resolve("@scalar/api-reference"));
let bundle: Promise<Buffer> | null = null;

/** The reference page: Scalar over our own OpenAPI document, "try it" against this server. */
function page(nonce: string): string {
  const configuration = {
    url: `${REST_BASE_PATH}/openapi.json`,
    // No fonts from Scalar's CDN (the page's CSP loads only our own files); the system font stands in.
    withDefaultFonts: false,
    // Scalar's hosted extras (AI chat, SDK generation, deploy, telemetry) are not part of our reference.
    showDeveloperTools: "never",
    agent: { disabled: true },
    telemetry: false,
    hideClientButton: true,
    authentication: { preferredSecurityScheme: "Authorization" },
    metaData: { title: "Soporte API reference" },
  };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Soporte API reference</title>
</head>
<body>
<div id="reference"></div>
<script nonce="${nonce}" src="${API_DOCS_PATH}/scalar.js"></script>
<script nonce="${nonce}">Scalar.createApiReference("#reference", ${JSON.stringify(configuration)});</script>
</body>
</html>`;
}

/** `GET /api/docs` (the page) and `GET /api/docs/scalar.js` (its script, cached by the browser for a day). */
export async function handleApiDocs(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { https } = webEnv();
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { allow: "GET, HEAD" }).end();
    return;
  }
  if (req.url?.split("?")[0] === API_DOCS_PATH) {
    const nonce = createNonce();
    res.writeHead(200, {
      ...securityHeaders({ nonce, https }),
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
    });
    res.end(req.method === "HEAD" ? undefined : page(nonce));
    return;
  }
  bundle ??= readFile(fileURLToPath(scalarBundle));
  const body = await bundle;
  res.writeHead(200, {
    ...securityHeaders({ https }),
    "content-type": "text/javascript; charset=utf-8",
    "content-length": body.byteLength,
    "cache-control": "public, max-age=86400",
  });
  res.end(req.method === "HEAD" ? undefined : body);
}
