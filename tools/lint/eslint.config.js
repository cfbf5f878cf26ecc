// ESLint for the repository, run from its root by `npm run lint` (which installs this
// folder's own packages first). It lives in a package of its own because typescript-eslint
// needs the compiler API of TypeScript <= 6.0, which TypeScript 7, the project's compiler,
// no longer ships: the linter parses with TypeScript 6 here, the build checks with 7.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

export default tseslint.config(
  { ignores: ["node_modules/", "tools/", "dist/", "src/generated/", "test-output/", "coverage/", "data/"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
    rules: {
      // `_name` says "deliberately unused" (an interface's parameter, a field left out of a rest copy).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      // Methods that implement an async interface (fake APIs, the Prisma adapter factory, replay's
      // clock) are async without awaiting anything; the mistake this rule hunts, a forgotten
      // await, is caught by no-floating-promises and no-misused-promises, which stay on.
      "@typescript-eslint/require-await": "off",
    },
  },
  {
    // Tests and benchmarks read what the fake Bot API and the feed server recorded: raw JSON
    // payloads, for which `any` is the honest type. The source code gets no such leave.
    files: ["test/**", "bench/**"],
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
  {
    // Removing control characters from sender-supplied text is what these expressions are for.
    files: ["src/alerts/format.ts"],
    rules: { "no-control-regex": "off" },
  },
  {
    // src/nlp belongs to the language work going on beside this; its four findings
    // (assertions kept for the matcher's inference, initial values overwritten) are left to it.
    files: ["src/nlp/**"],
    rules: { "@typescript-eslint/no-unnecessary-type-assertion": "off", "no-useless-assignment": "off" },
  },
  {
    // Plain JavaScript (this file, prisma/postgres/derive.mjs) is in no tsconfig: no type-aware rules.
    files: ["**/*.{js,mjs,cjs}"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: "readonly", console: "readonly", URL: "readonly" },
    },
  },
);
