/*
 * The terms (names and aliases) that one word of a query matches, from the index's sorted word
 * list: the range of words that it is or starts, the terms that hold them with a cost (0 for a
 * whole word, PREFIX_COST for a start), and the intersection of such lists for a query of several
 * words. The lists of the first keystrokes (one or two letters) are merged once, when the index is
 * built (shortPrefixLists); the others are cached, as typing changes only the last word.
 */
import { firstAtOrAfter } from "./compare.js"

const PREFIX_COST = 0.25

/* The words of the index that a token matches as a whole word or as their start: a range of the
   sorted word list, [start, end), and whether its first word is the token itself. */
export function wordRange (index, token) {
  const words = index.words
  const start = firstAtOrAfter(words, token.text)
  const exact = start < words.length && words[start] === token.text
  if (!token.prefix) return { start, end: exact ? start + 1 : start, exact }
  let end = start
  while (end < words.length && words[end].startsWith(token.text)) end++
  return { start, end, exact }
}

/* The terms that hold a word of the token's range, sorted by term id, with a cost: 0 for the
   whole word, PREFIX_COST for a word that it starts. Cached: typing changes only the last word.
   Scratch arrays indexed by term, reused, instead of a Map per keystroke. */
export function termsOf (index, token) {
  const key = (token.prefix ? "p:" : "w:") + token.text
  const cached = index.cache.get(key)
  if (cached) return cached
  let found = token.prefix && token.text.length <= 2 ? index.shortPrefixes.get(token.text) : null
  const range = found ? null : wordRange(index, token)
  if (range && range.end - range.start === 1) {
    // One word: its postings are already sorted, one cost for all.
    const ids = index.postings[range.start]
    found = { ids, costs: new Float32Array(ids.length).fill(range.exact ? 0 : PREFIX_COST) }
  } else if (!found) {
    const collect = collector(index)
    for (let wordId = range.start; wordId < range.end; wordId++) {
      collect.add(index.postings[wordId], range.exact && wordId === range.start ? 0 : PREFIX_COST)
    }
    found = collect.done()
  }
  if (index.cache.size > 200) index.cache.clear()
  index.cache.set(key, found)
  return found
}

/* Term ids with their lowest cost, gathered in the index's scratch arrays. */
export function collector (index) {
  const { stamp, cost, touched } = index.scratch
  const mark = ++index.scratch.mark
  let count = 0
  function put (id, value) {
    if (stamp[id] !== mark) {
      stamp[id] = mark
      cost[id] = value
      touched[count++] = id
    } else if (value < cost[id]) {
      cost[id] = value
    }
  }
  return {
    add (ids, value) { for (let k = 0; k < ids.length; k++) put(ids[k], value) },
    addCosts (ids, costs) { for (let k = 0; k < ids.length; k++) put(ids[k], costs[k]) },
    done () {
      const ids = touched.slice(0, count).sort()
      const costs = new Float32Array(count)
      for (let k = 0; k < count; k++) costs[k] = cost[ids[k]]
      return { ids, costs }
    }
  }
}

/* The terms in every list, with their costs added (lists sorted by term id). */
export function intersectAll (lists) {
  const sorted = lists.slice().sort((a, b) => a.ids.length - b.ids.length)
  let { ids, costs } = sorted[0]
  for (let t = 1; t < sorted.length && ids.length; t++) {
    const other = sorted[t]
    const keptIds = new Int32Array(ids.length)
    const keptCosts = new Float32Array(ids.length)
    let kept = 0
    let j = 0
    const search = ids.length * 16 < other.ids.length
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]
      let at
      if (search) {
        at = firstAtOrAfter(other.ids, id)
      } else {
        while (j < other.ids.length && other.ids[j] < id) j++
        if (j === other.ids.length) break
        at = j
      }
      if (at < other.ids.length && other.ids[at] === id) {
        keptIds[kept] = id
        keptCosts[kept++] = costs[k] + other.costs[at]
      }
    }
    ids = keptIds.subarray(0, kept)
    costs = keptCosts.subarray(0, kept)
  }
  return { ids, costs }
}

/* The first keystrokes ("a", "as") start thousands of words: their term lists, merged once, when
   the index is built. `postings`: for each word id, the ids of the terms that hold that word. */
export function shortPrefixLists (words, postings) {
  const shortPrefixes = new Map()
  words.forEach((word, wordId) => {
    for (let length = 1; length <= 2 && length <= word.length; length++) {
      const prefix = word.slice(0, length)
      let list = shortPrefixes.get(prefix)
      if (!list) shortPrefixes.set(prefix, (list = new Map()))
      const cost = word.length === length ? 0 : PREFIX_COST
      for (const termId of postings[wordId]) {
        const known = list.get(termId)
        if (known === undefined || cost < known) list.set(termId, cost)
      }
    }
  })
  shortPrefixes.forEach((costOf, prefix) => {
    const ids = Int32Array.from(costOf.keys()).sort()
    shortPrefixes.set(prefix, { ids, costs: Float32Array.from(ids, (id) => costOf.get(id)) })
  })
  return shortPrefixes
}
