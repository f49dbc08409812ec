// The JavaScript reading of a NIR gives every case of tests/vectors/nir.json, the file that the
// Python one (factbase.text.nir) is tested against too (tests/unit/test_nir_vectors.py).
import { test } from "node:test"
import assert from "node:assert/strict"
import { readFileSync } from "node:fs"
import { looksLikeNir } from "../../overrides/assets/javascripts/nir.js"

const vectors = JSON.parse(readFileSync(new URL("../vectors/nir.json", import.meta.url), "utf8"))

test("the shared NIR cases are there", () => {
  assert.ok(vectors.cases.length >= 10)
})

for (const { value, nir, why } of vectors.cases) {
  test(`looksLikeNir: ${why}`, () => {
    assert.equal(looksLikeNir(value), nir, `looksLikeNir(${JSON.stringify(value)})`)
  })
}
