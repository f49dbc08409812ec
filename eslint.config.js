/*
 * ESLint, run by `make lint` on the site's JavaScript (overrides/assets/javascripts/) and on its Node
 * tests (tests/js/). Only ESLint's recommended rules: the ones that catch bugs (an undefined or
 * unused name, a duplicate key, unreachable code, a regular expression that does not mean what it
 * says...), no style rule. Each file is read as the browser or Node runs it:
 * - the classic scripts (<script src>, main.html's `scripts:`) as scripts, with the browser's globals;
 * - the search worker as a script, with a worker's globals (self, importScripts);
 * - the page modules (main.html's `modules:`: insurer-lookup.js and its lookup/ parts) and the Node
 *   tests as ES modules.
 * A rule that is wrong for some code is relaxed here for that code only, with the reason. One line
 * has its own exception, with its reason beside it: gdpr-letter.js's clean(), whose regular
 * expression lists control characters because removing them is its purpose (no-control-regex).
 * An exception that no longer silences anything is itself an error.
 */
import js from "@eslint/js"
import globals from "globals"

const ASSETS = "overrides/assets/javascripts"
const MODULES = [`${ASSETS}/insurer-lookup.js`, `${ASSETS}/lookup/**/*.js`]

export default [
  js.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
  },
  {
    files: [`${ASSETS}/**/*.js`],
    ignores: MODULES,
    languageOptions: { sourceType: "script", globals: { ...globals.browser } },
    rules: {
      // The classic scripts keep to ES5 syntax, as they always have (var, function, no arrow): an
      // ES5 catch clause must name its error even when it does not use it, so an unused catch
      // parameter is not a mistake there. Unused variables and arguments are still reported.
      "no-unused-vars": ["error", { caughtErrors: "none" }],
    },
  },
  {
    files: [`${ASSETS}/workers/**/*.js`],
    languageOptions: { globals: { ...globals.worker } },
  },
  {
    files: MODULES,
    languageOptions: { sourceType: "module", globals: { ...globals.browser } },
  },
  {
    files: ["tests/js/**/*.mjs"],
    languageOptions: { sourceType: "module", globals: { ...globals.node } },
  },
]
