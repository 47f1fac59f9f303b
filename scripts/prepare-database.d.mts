// Types of prepare-database.mjs for the TypeScript tests that import it.
export type DemoDataDecision = { seed: boolean; reason: string };
export function demoDataDecision(env: Record<string, string | undefined>): DemoDataDecision;
export function prepareDatabase(
  env: Record<string, string | undefined>,
  run?: (label: string, command: string, args: string[]) => void,
): DemoDataDecision;
export function runStep(label: string, command: string, args: string[], env: Record<string, string | undefined>): void;
