// Types of ensure-chromium.mjs for playwright.config.ts.
export function findChromium(env?: Record<string, string | undefined>): string | undefined;
