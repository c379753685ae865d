// @ts-check
import js from "@eslint/js"
import tseslint from "typescript-eslint"

export default tseslint.config(
  // dist-before*: an earlier mock-server build kept for `bench --mock-before` (git ignores it too);
  // bundle: the CLI's bundled bin
  { ignores: ["**/dist/**", "**/dist-before*/**", "packages/cli/bundle*/**", "**/build/**", "**/node_modules/**", "**/coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { console: "readonly", process: "readonly", URL: "readonly" }
    },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-namespace": "off",
      "@typescript-eslint/no-empty-object-type": "off",
      "no-console": ["error", { allow: ["error"] }],
      "eqeqeq": ["error", "always", { null: "ignore" }],
      "prefer-const": "error",
      "require-yield": "off"
    }
  },
  {
    // Command-line entry points and runnable templates talk to a person on stdout.
    files: ["packages/*/src/bin.ts", "packages/*/scripts/**", "packages/examples/**", "packages/bench/**", "scripts/**", ".ci/**"],
    rules: { "no-console": "off" }
  }
)
