/*
 * The insurer lookup's matching policy, without any page: from what a reader typed to an answer.
 * Imported by insurer-lookup.js (the page) and by the Node tests (tests/js/), which run it on the
 * real lookup data. Its data is the lookup file that the build writes (factbase/render/lookup.py), whose
 * word lists come from data/lookup.yaml.
 *
 * The policy:
 * 1. A number is never searched: the page warns against typing a social-security number.
 * 2. "Je ne sais pas", "I don't know", "?"...: the answer says where to look (dont_know).
 * 3. Names are compared word by word, folded (fold.js). Stop words are set aside. Generic words
 *    (mutuelle, santé, assurance...) and group names are set aside too, unless the query holds
 *    nothing else or they are needed to tell two insurers apart.
 * 4. An operator's name (Viamedis, Almerys, their other forms, or a typo of them) gets an answer
 *    that says what an operator is.
 * 5. An insurer is an answer when every remaining word of the query is a word of one of its names
 *    (name or alias), whole or as its start. Ranked: the exact name or alias (or all of its own
 *    words), then whole words, then starts of words; then the most generic words in common.
 *    A generic word typed beside only a part of a name ("Solimut Mutuelle de France" when the
 *    list holds "Solimut Centre Océan") suggests another organisation: no answer, a question.
 * 6. With no answer, near matches (one typo, two from 8 letters, a transposition counting as one)
 *    are offered as a question, never as the answer, and never on a record that says its members
 *    were not concerned. No typo is allowed on a word of 4 letters or fewer, typed in capitals or
 *    holding a digit, nor on its first letter.
 *
 * Speed: every distinct word of the names is indexed once, sorted, so that a typed word is a range
 * of that list (its whole word and the words it starts); a keystroke looks at words, not insurers.
 * Typos are looked for only when there is no answer, among the words of the same first letter.
 *
 * This file holds search(), which gives the answer its kind (rules 1, 2 and 4), and re-exports the
 * API of its parts for the page and the tests. The parts, one concern each, none using the page:
 * - build-index.js: the data file, its layout checked, turned into the index, once;
 * - tokens.js: the query's words: stop, generic and own words, typo limits, operators' names;
 * - terms.js: the terms that one word matches, with their costs;
 * - rank.js: the answers and their order (rule 5);
 * - near.js: the near matches (rule 6);
 * - compare.js and fold.js: how two words are compared, and how a text is folded.
 */
import { fold } from "./fold.js"
import { nearMatches } from "./near.js"
import { answers } from "./rank.js"
import { operatorOf, readTokens } from "./tokens.js"

export { LOOKUP_VERSION, buildIndex, readEntries } from "./build-index.js"
export { distance, firstAtOrAfter, prefixDistance } from "./compare.js"
export { MAX_NEAR } from "./near.js"
export { EXACT, MAX_ANSWERS, WHOLE_WORDS, WORD_STARTS } from "./rank.js"

/* A number, or something that looks like one: never searched (a social-security number has 13
   to 15 digits; six or more digits, with or without separators, are enough to stop). */
export function looksLikeNumber (value) {
  return /\d[\d\s.-]{5,}\d/.test(value)
}

/* The answer to a query:
   {kind: "short" | "number" | "dont-know" | "operator" | "answers" | "near" | "none",
    answers: [{entry, term, tier}], near: [{entry, term}], total, operators: [...]}.
   `total` counts every answer when more than MAX_ANSWERS are shown. */
export function search (index, rawQuery) {
  const query = String(rawQuery)
  const result = { kind: "none", answers: [], near: [], total: 0, operators: [] }
  if (looksLikeNumber(query)) return { ...result, kind: "number" }
  if (/^\s*\?+\s*$/.test(query)) return { ...result, kind: "dont-know" }
  const folded = fold(query)
  if (folded.replace(/ /g, "").length < 2) return { ...result, kind: "short" }
  const spaced = " " + folded + " "
  if (index.dontKnow.phrases.some((phrase) => spaced.includes(phrase))) return { ...result, kind: "dont-know" }

  const tokens = readTokens(index, query, folded)
  const named = []
  const rest = tokens.own.filter((token) => {
    const operator = operatorOf(index, token)
    if (operator && !named.includes(operator)) named.push(operator)
    return !operator
  })
  result.operators = named
  if (named.length && !rest.length) return { ...result, kind: "operator" }
  const own = rest.length ? rest : tokens.generic.filter(() => !named.length)
  const generic = rest.length ? tokens.generic : []
  if (!own.length) return { ...result, kind: named.length ? "operator" : "none" }

  const found = answers(index, folded, own, generic)
  if (found.answers.length) return { ...result, kind: "answers", answers: found.answers, total: found.total }
  if (named.length) return { ...result, kind: "operator" }
  const near = nearMatches(index, own, generic, found.demoted)
  return { ...result, kind: near.length ? "near" : "none", near }
}
