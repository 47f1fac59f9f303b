// Writes examples/rest/soporte-api.d.ts: the REST API's types generated from its OpenAPI document by
// openapi-typescript, as any code generator would from GET /api/v1/openapi.json.
//   pnpm --filter @soporte/client openapi:types
import { writeFile } from "node:fs/promises";
import { openApiDocument } from "@soporte/api";
import openapiTS, { astToString } from "openapi-typescript";

export const TYPES_FILE = new URL("../examples/rest/soporte-api.d.ts", import.meta.url);

/** The generated file's text. */
export async function generatedTypes(): Promise<string> {
  const document = openApiDocument("http://localhost:3000");
  const header = "// Generated from the OpenAPI document by openapi-typescript: pnpm --filter @soporte/client openapi:types\n";
  return header + astToString(await openapiTS(document as never));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeFile(TYPES_FILE, await generatedTypes());
  console.log(`wrote ${TYPES_FILE.pathname}`);
}
