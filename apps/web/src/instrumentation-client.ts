import { z } from "zod";

// Runs in the browser before the app's own code. zod compiles object parsers with `new Function`
// when eval is allowed, and probes for it (a caught `new Function("")`) when a schema is built; the
// CSP forbids eval, so every probe would be reported as a violation. Jitless mode skips both.
z.config({ jitless: true });
