// The JavaScript check of `make lint` can fail: ESLint, with the project's eslint.config.js and
// its path:line:column report (scripts/eslint-format.js), reports a mistake put into a real file,
// reads the worker without the page's globals, and prints what CONTRIBUTING shows.
import { test } from "node:test"
import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { ESLint } from "eslint"

const ROOT = fileURLToPath(new URL("../../", import.meta.url))
const eslint = new ESLint({ cwd: ROOT })
const read = (file) => readFileSync(new URL(file, new URL("../../", import.meta.url)), "utf8")

async function report (file, change) {
  const results = await eslint.lintText(change(read(file)), { filePath: file })
  const formatter = await eslint.loadFormatter("./scripts/eslint-format.js")
  return formatter.format(results)
}

test("the site's scripts pass as they are", async () => {
  for (const file of ["overrides/assets/javascripts/insurer-table.js", "overrides/assets/javascripts/nir-guard.js",
    "overrides/assets/javascripts/insurer-lookup.js",
    "overrides/assets/javascripts/workers/search-worker.js"]) {
    assert.equal(await report(file, (text) => text), "", file)
  }
})

test("an undefined name in a classic script is reported at its line, as CONTRIBUTING shows", async () => {
  const file = "overrides/assets/javascripts/insurer-table.js"
  const printed = await report(file, (text) => {
    const lines = text.split("\n")
    assert.equal(lines[9], "  var box = document.getElementById(\"vm-insurers\")")
    lines[9] = "  var box = documentt.getElementById(\"vm-insurers\")"
    return lines.join("\n")
  })
  const line = "overrides/assets/javascripts/insurer-table.js:10:13: 'documentt' is not defined. (no-undef)"
  assert.equal(printed, line + "\n1 problem in the JavaScript (rules: eslint.config.js)")
  for (const guide of ["CONTRIBUTING.md", "CONTRIBUTING.en.md"]) assert.ok(read(guide).includes(line), guide)
})

test("the search worker has no document", async () => {
  const printed = await report("overrides/assets/javascripts/workers/search-worker.js",
    (text) => text + "\ndocument.title = \"\"\n")
  assert.match(printed, /search-worker\.js:\d+:1: 'document' is not defined\. \(no-undef\)/)
})

test("a page module is read as a module: an unused import is reported", async () => {
  const printed = await report("overrides/assets/javascripts/insurer-lookup.js",
    (text) => "import { fold as unused } from \"./lookup/fold.js\"\n" + text)
  assert.match(printed, /insurer-lookup\.js:1:\d+: 'unused' is defined but never used\. \(no-unused-vars\)/)
})
