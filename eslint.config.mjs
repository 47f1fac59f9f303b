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
  {
    // Configuration modules, scripts and tests are where environment variables are read.
    files: ["**/env.ts", "**/instrumentation.ts", "**/*.config.*", "scripts/**", "e2e/**", "**/test/**", "**/cli/**", "**/examples/**", "prisma/seed*.ts", "prisma/seed/**"],
    rules: { "no-restricted-properties": "off" },
  },
);
