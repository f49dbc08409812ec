/*
 * The word comparisons under the lookup's matching, with no knowledge of insurers: where a value
 * falls in a sorted list (binary search), how many edits apart two words are (whole, or a word and
 * the start of another), and a cheap lower bound on that count (32-bit character sets).
 */

// The index of the first item of the sorted `items` that is not below `value` (binary search).
export function firstAtOrAfter (items, value) {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (items[middle] < value) low = middle + 1
    else high = middle
  }
  return low
}

/* Optimal string alignment distance (a transposition counts as one edit), or limit + 1 as soon as
   it must exceed `limit`. prefixDistance: between `query` and the closest start of `word`, for a
   word still being typed. */
const rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)]

export function distance (query, word, limit) {
  if (Math.abs(query.length - word.length) > limit) return limit + 1
  return alignment(query, word, limit, false)
}

export function prefixDistance (query, word, limit) {
  return alignment(query, word, limit, true)
}

function alignment (query, word, limit, prefix) {
  const m = query.length
  const n = prefix ? Math.min(word.length, m + limit) : word.length
  if (n + limit < m || n >= 63 || m >= 63) return limit + 1
  let before = rows[0]
  let previous = rows[1]
  let current = rows[2]
  for (let j = 0; j <= n; j++) previous[j] = j
  for (let i = 1; i <= m; i++) {
    current[0] = i
    let best = i
    const q = query.charCodeAt(i - 1)
    for (let j = 1; j <= n; j++) {
      const w = word.charCodeAt(j - 1)
      let cost = previous[j - 1] + (q === w ? 0 : 1)
      if (previous[j] + 1 < cost) cost = previous[j] + 1
      if (current[j - 1] + 1 < cost) cost = current[j - 1] + 1
      if (i > 1 && j > 1 && q === word.charCodeAt(j - 2) && query.charCodeAt(i - 2) === w &&
          before[j - 2] + 1 < cost) cost = before[j - 2] + 1
      current[j] = cost
      if (cost < best) best = cost
    }
    if (best > limit) return limit + 1
    const spare = before
    before = previous
    previous = current
    current = spare
  }
  if (!prefix) return Math.min(previous[n], limit + 1)
  let result = limit + 1
  for (let j = Math.max(0, m - limit); j <= n; j++) if (previous[j] < result) result = previous[j]
  return result
}

/* A 32-bit set of the characters of a word: a word that lacks d of the query's characters is at
   least d edits away, so most words are ruled out without computing a distance. */
export function characterSet (word) {
  let set = 0
  for (let i = 0; i < word.length; i++) set |= 1 << (word.charCodeAt(i) % 32)
  return set
}

export function bitCount (value) {
  value -= (value >>> 1) & 0x55555555
  value = (value & 0x33333333) + ((value >>> 2) & 0x33333333)
  return (((value + (value >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}
