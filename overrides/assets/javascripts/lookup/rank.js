/*
 * The ranking of names: the answers to a query's words, best first. A term (name or alias) is an
 * answer when it holds every own word of the query; its tier (EXACT, WHOLE_WORDS, WORD_STARTS) and
 * its score come from how its words are covered, and each insurer keeps its best term. A name
 * typed without its spaces is an answer too. A term that holds only a part of a name beside a
 * generic word that the name lacks is not: it is handed back (`demoted`) for the near matches.
 * The rankings are scratch arrays of the index, indexed by insurer and emptied after each query.
 */
import { bitCount, firstAtOrAfter } from "./compare.js"
import { intersectAll, termsOf, wordRange } from "./terms.js"

export const MAX_ANSWERS = 8

// Tiers of an answer, best first.
export const EXACT = 0
export const WHOLE_WORDS = 1
export const WORD_STARTS = 2

/* The answers. For each term that holds every word of the query: whether its own words are all
   covered (by the query's words, or its generic words), how many of its words are not, and how many
   of the query's generic words it holds; from these, its tier and score. Word ranges are compared as
   numbers: a word is covered by a token when its id is in the token's range of the sorted list. */
export function answers (index, folded, own, generic) {
  const ownRanges = own.map((token) => wordRange(index, token))
  const genericRanges = generic.map((token) => wordRange(index, token))
  const found = intersectAll(own.map((token) => termsOf(index, token)))
  const ranking = index.rankings[0]
  const demoted = []
  const { termWordStart, termWordIds, termOwnMask, termStopMask, termAlias, termLength, termEntry } = index
  const starts = Int32Array.from(ownRanges, (range) => range.start)
  const ends = Int32Array.from(ownRanges, (range) => range.end)
  const genericStarts = Int32Array.from(genericRanges, (range) => range.start)
  const genericEnds = Int32Array.from(genericRanges, (range) => range.end)
  const { score: bestScore, term: bestTerm, tier: bestTier, touched } = ranking
  for (let k = 0; k < found.ids.length; k++) {
    const termId = found.ids[k]
    const first = termWordStart[termId]
    const length = termWordStart[termId + 1] - first
    let covered = 0
    for (let position = 0; position < length; position++) {
      const wordId = termWordIds[first + position]
      for (let r = 0; r < starts.length; r++) {
        if (wordId >= starts[r] && wordId < ends[r]) { covered |= 1 << position; break }
      }
    }
    let genericHeld = 0
    for (let r = 0; r < genericStarts.length; r++) {
      let held = false
      for (let position = 0; position < length; position++) {
        const wordId = termWordIds[first + position]
        if (wordId >= genericStarts[r] && wordId < genericEnds[r]) { held = true; covered |= 1 << position }
      }
      if (held) genericHeld++
    }
    const ownMask = termOwnMask[termId]
    const full = (covered & ownMask) === ownMask
    const allWhole = found.costs[k] === 0
    const sameName = termLength[termId] === folded.length && index.terms[termId].folded === folded
    if (!sameName && !full && genericHeld < genericStarts.length) { demoted.push(termId); continue }
    const tier = sameName || (full && allWhole) ? EXACT : allWhole && !full ? WHOLE_WORDS : WORD_STARTS
    const uncovered = bitCount(((1 << length) - 1) & ~covered & ~termStopMask[termId])
    const score = (sameName ? -1 : tier) * 1000 + (9 - Math.min(genericHeld, 9)) * 20 + Math.min(uncovered, 9) * 2 +
      termAlias[termId]
    // offer(), inlined: this loop runs for every term found, thousands for a first letter.
    const entry = termEntry[termId]
    if (bestScore[entry] === Infinity) touched[ranking.count++] = entry
    if (score < bestScore[entry]) { bestScore[entry] = score; bestTerm[entry] = termId; bestTier[entry] = tier }
  }
  // The name written without its spaces, whole ("lamutuellegenerale") or started ("lamutuelleg"):
  // the start only when the words found too little, since a start within the first word is a word
  // start already.
  const compact = folded.replace(/ /g, "")
  if (compact.length >= 3) {
    for (const termId of index.compacts.get(compact) || []) {
      offer(index, ranking, termId, -1000 + termAlias[termId], EXACT)
    }
    if (compact.length >= 4 && ranking.count < MAX_ANSWERS) {
      const keys = index.compactKeys
      for (let at = firstAtOrAfter(keys, compact); at < keys.length && keys[at].startsWith(compact); at++) {
        for (const termId of index.compacts.get(keys[at])) {
          offer(index, ranking, termId, WORD_STARTS * 1000 + 500, WORD_STARTS)
        }
      }
    }
  }
  return { ...top(index, ranking, MAX_ANSWERS, true), demoted }
}

/* The best term of each entry, in a ranking's scratch arrays indexed by entry. */
export function offer (index, ranking, termId, score, tier) {
  const entry = index.termEntry[termId]
  if (ranking.score[entry] === Infinity) ranking.touched[ranking.count++] = entry
  if (score < ranking.score[entry]) {
    ranking.score[entry] = score
    ranking.term[entry] = termId
    ranking.tier[entry] = tier
  }
}

/* The best `limit` entries of a ranking, by score, then the table's order; the ranking is emptied. */
export function top (index, ranking, limit, withTier) {
  const best = []
  for (let k = 0; k < ranking.count; k++) {
    const entry = ranking.touched[k]
    const score = ranking.score[entry]
    ranking.score[entry] = Infinity
    const last = best[best.length - 1]
    if (best.length === limit && !ranksBefore(score, entry, last)) continue
    let place = best.length
    while (place > 0 && ranksBefore(score, entry, best[place - 1])) place--
    best.splice(place, 0, { entry, score, termId: ranking.term[entry], tier: ranking.tier[entry] })
    if (best.length > limit) best.pop()
  }
  const total = ranking.count
  ranking.count = 0
  return {
    answers: best.map((item) => ({
      entry: index.entries[item.entry],
      term: index.terms[item.termId],
      ...(withTier ? { tier: item.tier } : {})
    })),
    total
  }
}

function ranksBefore (score, entry, other) {
  return score < other.score || (score === other.score && entry < other.entry)
}
