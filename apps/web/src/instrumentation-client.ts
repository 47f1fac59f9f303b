import { config } from "zod/v4/core";

// Runs in the browser before the app's own code. zod compiles object parsers with `new Function`
// when eval is allowed, and probes for it (a caught `new Function("")`) when a schema is built; the
// CSP forbids eval, so every probe would be reported as a violation. Jitless mode skips both.
// Only zod's `config` is imported here: the schemas themselves load with the pages that use them.
config({ jitless: true });
