/*
 * The near-match policy, for a query with no answer: names one typo away (two from 8 letters, a
 * transposition counting as one; the typo limit of each word is set by tokens.js), and parts of a
 * name typed beside a generic word that it lacks (rank.js's `demoted`). They are offered as a
 * question, at most MAX_NEAR, never as the answer, and never on a record that says its members
 * were not concerned. Typos are looked for among the words of the same first letter only.
 */
import { bitCount, characterSet, distance, firstAtOrAfter, prefixDistance } from "./compare.js"
import { offer, top } from "./rank.js"
import { collector, intersectAll, termsOf } from "./terms.js"

export const MAX_NEAR = 3

const TYPO_COST = 1

/* The near matches, best first: at most MAX_NEAR, gathered in the index's second ranking (the
   answers use the first). */
export function nearMatches (index, own, generic, demoted) {
  const ranking = index.rankings[1]
  const consider = (termId, score) => {
    if (index.entries[index.termEntry[termId]].status !== "not-concerned") offer(index, ranking, termId, score, 0)
  }
  // A part of a name beside a generic word that the name lacks: asked, as a near match.
  for (const termId of demoted) consider(termId, 500 + index.termAlias[termId])
  if (own.some((token) => token.typos)) {
    const found = intersectAll(own.map((token) => termsWithTypos(index, token)))
    for (let k = 0; k < found.ids.length; k++) {
      if (found.costs[k] >= TYPO_COST) consider(found.ids[k], found.costs[k] * 100 + index.termAlias[found.ids[k]])
    }
  }
  return top(index, ranking, MAX_NEAR, false).answers
}

/* The same with typos: the terms that hold a word of the same first letter within the token's
   typo limit (of the word, or of its start for a word still being typed), cost TYPO_COST and up. */
function termsWithTypos (index, token) {
  const cached = index.typoCache.get(token.text)
  if (cached) return cached
  const exact = termsOf(index, token)
  const collect = collector(index)
  collect.addCosts(exact.ids, exact.costs)
  if (token.typos) {
    const words = index.words
    const first = token.text[0]
    const from = firstAtOrAfter(words, first)
    const to = firstAtOrAfter(words, String.fromCharCode(first.charCodeAt(0) + 1))
    const wanted = characterSet(token.text)
    const limit = token.typos
    for (let wordId = from; wordId < to; wordId++) {
      const word = words[wordId]
      if (index.hasDigit[wordId] || word.length + limit < token.text.length) continue
      if (bitCount(wanted & ~index.sets[wordId]) > limit) continue
      const gap = token.last ? prefixDistance(token.text, word, limit) : distance(token.text, word, limit)
      if (gap > limit || gap === 0) continue
      collect.add(index.postings[wordId], TYPO_COST + gap)
    }
  }
  const found = collect.done()
  if (index.typoCache.size > 100) index.typoCache.clear()
  index.typoCache.set(token.text, found)
  return found
}
