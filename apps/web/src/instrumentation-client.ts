// Runs in the browser before the app's own code. zod compiles object parsers with `new Function`
// when eval is allowed, and probes for it (a caught `new Function("")`) when a schema is built; the
// CSP forbids eval, so every probe would be reported as a violation. Jitless mode skips both.
// zod keeps its configuration in this global and adopts an object already there (zod/v4/core's
// `globalConfig`), so the setting costs no import: zod loads only with the pages that use it.
// e2e/security.spec.ts visits every form with a CSP-violation watch.
declare global {
  var __zod_globalConfig: { jitless?: boolean } | undefined;
}

globalThis.__zod_globalConfig = { ...globalThis.__zod_globalConfig, jitless: true };
