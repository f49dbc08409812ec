// The shared test vectors (tests/vectors/*.json): each case's `why` names a test, and the function
// under test must turn the case's input field into its expected field. The Python tests read the
// same files (tests/unit/test_*_vectors.py).
import { test } from "node:test"
import assert from "node:assert/strict"
import { readFileSync } from "node:fs"

/* testVectors("folding.json", { what: "folding", atLeast: 20, call: fold, input: "input", expected: "folded" }):
   one test that the file still holds at least `atLeast` cases, then one test per case. */
export function testVectors (file, { what, atLeast, call, input, expected }) {
  const vectors = JSON.parse(readFileSync(new URL(`../vectors/${file}`, import.meta.url), "utf8"))

  test(`the shared ${what} cases are there`, () => {
    assert.ok(vectors.cases.length >= atLeast)
  })

  for (const vector of vectors.cases) {
    test(`${call.name}: ${vector.why}`, () => {
      assert.equal(call(vector[input]), vector[expected], `${call.name}(${JSON.stringify(vector[input])})`)
    })
  }
}
