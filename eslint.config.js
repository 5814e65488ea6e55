import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";
import { oneWayImports } from "./eslint-rules/one-way-imports.js";

/** What src/core must never import: it stays pure so it runs in Node (CLI, tests) and in any UI. */
const IMPURE_MODULES = [
  { name: "react", message: "src/core is pure TypeScript: no React. Put views in src/features." },
  { name: "react-dom", message: "src/core is pure TypeScript: no React DOM." },
  { name: "react-router", message: "src/core knows nothing of routing: build URLs in src/lib/paths.ts." },
  {
    name: "zustand",
    message: "src/core holds no state: stores live with the feature or component they serve.",
  },
];
const IMPURE_PATTERNS = [
  {
    // The app draws with d3's pure modules (d3-scale); these are d3's DOM ones, none of them a dependency now.
    group: ["d3-selection", "d3-zoom", "d3-drag", "d3-transition", "d3-brush"],
    message: "src/core never touches the DOM: DOM adapters live in src/render.",
  },
  {
    group: ["node:*", "fs", "path", "child_process"],
    message: "src/core must also run in the browser: no Node built-ins.",
  },
  {
    group: ["**/app/**", "**/features/**", "**/lib/**", "**/render/**", "**/components/**"],
    message: "Imports flow one way: src/core depends on nothing outside src/core.",
  },
];

export default tseslint.config(
  { ignores: ["dist/**", "coverage/**", "node_modules/**", ".scratch/**", "test-results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      eqeqeq: ["error", "always"],
      "no-console": "off",
    },
  },
  {
    files: ["src/**/*.tsx"],
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      // A scrollable region (a wide table on a phone) must take focus so the keyboard can scroll it.
      "jsx-a11y/no-noninteractive-tabindex": ["error", { tags: [], roles: ["tabpanel", "region"] }],
      // Data is text: never inject it as HTML.
      "no-restricted-properties": ["error", { property: "innerHTML", message: "Render data as text." }],
    },
  },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Data is rendered as text, never as HTML.",
        },
      ],
    },
  },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    plugins: { architecture: { rules: { "one-way-imports": oneWayImports } } },
    rules: { "architecture/one-way-imports": "error" },
  },
  {
    files: ["src/core/**/*.ts"],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      "no-restricted-imports": ["error", { paths: IMPURE_MODULES, patterns: IMPURE_PATTERNS }],
      "no-restricted-globals": [
        "error",
        ...["window", "document", "localStorage", "sessionStorage", "navigator", "location", "fetch"].map(
          (name) => ({
            name,
            message: "src/core is pure: pass what it needs in as arguments.",
          }),
        ),
      ],
    },
  },
);
