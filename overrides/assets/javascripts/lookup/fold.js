/*
 * How the site compares names: case, accents and punctuation folded away. The one JavaScript copy
 * of factbase.data.insurers.fold; tests/vectors/folding.json holds the cases that both must agree on
 * (tests/js/fold.test.mjs and tests/unit/test_folding_vectors.py read it).
 *
 * NFKD, then every mark removed (the accents, and the marks that compose with a letter); lowercase,
 * with "ß" as "ss" and a final sigma as a sigma, as Python's casefold() does; then every run of
 * characters that are neither letters nor digits becomes one space.
 */
export function fold (text) {
  return String(text).normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase()
    .replace(/ß/g, "ss").replace(/ς/g, "σ")
    .replace(/[^\p{L}\p{N}]+/gu, " ").trim()
}
