/*
 * What "looks like a social-security number (NIR)" means, in JavaScript: 13 to 15 digits (a NIR with
 * or without its 2-digit key), written with or without spaces, dots or dashes between them, "2A" or
 * "2B" allowed for Corsica. The one JavaScript copy (nir-guard.js and gdpr-letter.js import it); the
 * Python one is factbase/text/nir.py, and tests/vectors/nir.json holds the two to the same cases.
 */
const SEPARATORS = /([\dAaBb])[\s.\-\u00a0\u202f]+(?=[\dAaBb])/g
const NIR_LIKE = /(^|\D)\d{5}(\d\d|2[AaBb])\d{6,8}(?!\d)/

export function looksLikeNir(value) {
  return NIR_LIKE.test(String(value).replace(SEPARATORS, "$1"))
}
