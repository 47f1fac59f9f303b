// Runs once when the server starts: invalid configuration (e.g. a missing or weak AUTH_SECRET
// with PostgreSQL in production) stops start-up with a clear message instead of failing requests.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { apiEnv } = await import("@soporte/api");
  const { webEnv } = await import("./env");
  try {
    apiEnv();
    webEnv();
  } catch (error) {
    console.error(`\nSoporte cannot start: ${(error as Error).message}\n`);
    process.exit(1);
  }
}
