// One lint configuration for every package: each package's `lint` script runs `eslint .`,
// which finds this file.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["**/node_modules/**", "**/.next/**", "**/generated/**", "**/dist/**", "**/next-env.d.ts", "**/test-results/**"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through the package's env.ts." },
      ],
    },
  },
  {
    files: ["apps/web/**/*.tsx", "**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: reactHooks.configs.recommended.rules,
  },
  // Package layering (as cal.com enforces it): db knows no other workspace package; api knows db but
  // no app or client; the web app reaches the database only through the api package, except its one
  // composition root (src/server/db.ts, which opens the process's database handle); the client
  // package knows the API's types only.
  {
    files: ["packages/db/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@soporte/*", "**/packages/api/**", "**/apps/**"], message: "packages/db imports no other workspace package." }] }],
    },
  },
  {
    files: ["packages/api/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@soporte/web", "@soporte/web/*", "@soporte/client", "@soporte/client/*", "**/apps/**", "**/packages/client/**"], message: "packages/api imports no app and not the client." }] },
      ],
    },
  },
  {
    files: ["apps/web/**"],
    ignores: ["apps/web/src/server/db.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@soporte/db", "@soporte/db/*", "**/packages/db/**"], message: "The web app reaches the database through @soporte/api (or src/server/db.ts, the composition root)." }] },
      ],
    },
  },
  {
    files: ["packages/client/src/**", "packages/client/examples/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@soporte/db", "@soporte/db/*", "@soporte/web"], message: "The client knows the API's types only." },
            { group: ["@soporte/api", "@soporte/api/*"], allowTypeImports: true, message: "The client imports only types from @soporte/api." },
          ],
        },
      ],
    },
  },
  {
    // Configuration modules, scripts and tests are where environment variables are read.
    files: ["**/env.ts", "**/instrumentation.ts", "**/*.config.*", "scripts/**", "e2e/**", "**/test/**", "**/cli/**", "**/examples/**", "prisma/seed*.ts", "prisma/seed/**"],
    rules: { "no-restricted-properties": "off" },
  },
);
