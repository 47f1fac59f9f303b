import { createTestTemplate, dropTestTemplate, type TestTemplate } from "@soporte/db/testing";
import type { TestProject } from "vitest/node";
import { seed } from "../../../prisma/seed";

declare module "vitest" {
  export interface ProvidedContext {
    testTemplate: TestTemplate;
  }
}

/** One migrated, seeded database per run; each test file gets its own copy (test/db.ts). */
export default async function setup(project: TestProject) {
  const started = Date.now();
  const template = await createTestTemplate(process.env.TEST_DATABASE_URL, seed);
  console.log(`test database template (${template.kind}) ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide("testTemplate", template);
  return () => dropTestTemplate(template);
}
