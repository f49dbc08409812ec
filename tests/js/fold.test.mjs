// The JavaScript folding gives every case of tests/vectors/folding.json, the file that the Python
// folding (factbase.data.insurers.fold) is tested against too (tests/unit/test_folding_vectors.py).
import { test } from "node:test"
import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { fold } from "../../overrides/assets/javascripts/lookup/fold.js"

const vectors = JSON.parse(readFileSync(new URL("../vectors/folding.json", import.meta.url), "utf8"))

test("the shared folding cases are there", () => {
  assert.ok(vectors.cases.length >= 20)
})

for (const { input, folded, why } of vectors.cases) {
  test(`fold: ${why}`, () => {
    assert.equal(fold(input), folded, `fold(${JSON.stringify(input)})`)
  })
}
