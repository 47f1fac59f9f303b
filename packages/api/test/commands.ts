import { spawn, type ChildProcess } from "node:child_process";
import { workspaceRoot, type Db } from "@soporte/db";
import type { SharedTestDatabase } from "@soporte/db/testing";
import { afterEach } from "vitest";

export type CommandResult = { code: number | null; stdout: string; stderr: string };

// What the commands would otherwise inherit from the shell that runs the tests.
const CONFIGURATION = /^(DATABASE_URL|TEST_DATABASE_URL|PGLITE_DIR|SOPORTE_DEMO|ADMIN_.*)$/;

const running = new Set<ChildProcess>();

// A command still running when its test ends (a timeout) is stopped with everything it started,
// so it cannot hold the database of the next test.
afterEach(() => {
  for (const child of running) {
    try {
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  running.clear();
});

/**
 * Runs a command in the repository root the way a person would, with the given environment on top
 * of a clean one. `answers` are typed one at a time, each once its prompt has been printed.
 */
export function runCommand(
  command: string,
  args: string[],
  options: { env?: Record<string, string>; answers?: [prompt: string, answer: string][] } = {},
): Promise<CommandResult> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !CONFIGURATION.test(name)));
  // Its own process group, so that stopping it stops pnpm's children too.
  // (A cast: trpc-to-openapi's types bring in Next's, which make NODE_ENV a required key of ProcessEnv.)
  const env = { ...inherited, ...options.env } as NodeJS.ProcessEnv;
  const child = spawn(command, args, { cwd: workspaceRoot(), env, detached: true });
  running.add(child);
  let stdout = "";
  let stderr = "";
  let answered = 0;
  let seenUpTo = 0;
  const answers = options.answers ?? [];
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
    const next = answers[answered];
    if (next && stdout.indexOf(next[0], seenUpTo) >= 0) {
      seenUpTo = stdout.length;
      answered += 1;
      child.stdin.write(`${next[1]}\n`);
    }
  });
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  if (!answers.length) child.stdin.end();
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      running.delete(child);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Opens the shared database for a moment (on PGlite no command may hold it meanwhile). */
export async function withDatabase<T>(database: SharedTestDatabase, work: (db: Db) => Promise<T>): Promise<T> {
  const handle = database.connect();
  try {
    return await work(handle.db);
  } finally {
    await handle.close();
  }
}

/** The non-empty lines of a command's output. */
export const lines = (output: string) => output.split("\n").filter((line) => line.trim());
