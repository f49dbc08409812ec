/*
 * ESLint, run by `make lint` on the site's JavaScript (overrides/assets/javascripts/), on its Node
 * tests (tests/js/), on this file and on scripts/eslint-format.js (which prints path:line:column).
 * Only ESLint's recommended rules: the ones that catch bugs (an undefined or unused name, a
 * duplicate key, unreachable code, a regular expression that does not mean what it says...), no
 * style rule. Each file is read as the browser or Node runs it:
 * - the classic scripts (<script src>, main.html's `scripts:`) as scripts, with the browser's globals;
 * - the search worker as a script, with a worker's globals only (self, importScripts; no document);
 * - the page modules (page-links.js and dom.js on every page; main.html's `modules:`:
 *   insurer-lookup-start.js, which imports insurer-lookup.js with its insurer-lookup-answer.js and
 *   its lookup/ parts) as ES modules;
 * - the Node tests and scripts/ as ES modules with Node's globals.
 * A rule that is wrong for some code is relaxed here for that code only, with the reason. One line
 * has its own exception, with its reason beside it: gdpr-letter.js's clean(), whose regular
 * expression lists control characters because removing them is its purpose (no-control-regex).
 * An exception that no longer silences anything is itself an error.
 */
import js from "@eslint/js"
import globals from "globals"

const ASSETS = "overrides/assets/javascripts"
const MODULES = [`${ASSETS}/insurer-lookup-start.js`, `${ASSETS}/insurer-lookup.js`, `${ASSETS}/insurer-lookup-answer.js`, `${ASSETS}/lookup/**/*.js`,
  `${ASSETS}/nir.js`, `${ASSETS}/nir-guard.js`, `${ASSETS}/gdpr-letter.js`, `${ASSETS}/page-links.js`, `${ASSETS}/dom.js`]
const WORKERS = [`${ASSETS}/workers/**/*.js`]
const CLASSIC_RULES = {
  // The classic scripts and the worker keep to ES5 syntax, as they always have (var, function, no
  // arrow): an ES5 catch clause must name its error even when it does not use it, so an unused
  // catch parameter is no mistake there. Unused variables and arguments are still reported.
  "no-unused-vars": ["error", { caughtErrors: "none" }],
}

export default [
  js.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
  },
  {
    files: [`${ASSETS}/**/*.js`],
    ignores: [...MODULES, ...WORKERS],
    languageOptions: { sourceType: "script", globals: { ...globals.browser } },
    rules: CLASSIC_RULES,
  },
  {
    files: WORKERS,
    languageOptions: { sourceType: "script", globals: { ...globals.worker } },
    rules: CLASSIC_RULES,
  },
  {
    files: MODULES,
    languageOptions: { sourceType: "module", globals: { ...globals.browser } },
  },
  {
    files: ["tests/js/**/*.mjs", "scripts/**/*.js"],
    languageOptions: { sourceType: "module", globals: { ...globals.node } },
  },
]
