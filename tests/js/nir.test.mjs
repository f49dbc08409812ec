// The JavaScript reading of a NIR gives every case of tests/vectors/nir.json, the file that the
// Python one (factbase.text.nir) is tested against too (tests/unit/test_nir_vectors.py).
import { looksLikeNir } from "../../overrides/assets/javascripts/nir.js"
import { testVectors } from "./vectors.mjs"

testVectors("nir.json", { what: "NIR", atLeast: 10, call: looksLikeNir, input: "value", expected: "nir" })
