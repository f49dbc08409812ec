// The JavaScript folding gives every case of tests/vectors/folding.json, the file that the Python
// folding (factbase.data.insurers.fold) is tested against too (tests/unit/test_folding_vectors.py).
import { fold } from "../../overrides/assets/javascripts/lookup/fold.js"
import { testVectors } from "./vectors.mjs"

testVectors("folding.json", { what: "folding", atLeast: 20, call: fold, input: "input", expected: "folded" })
