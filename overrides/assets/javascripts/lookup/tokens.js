/*
 * The query's words, read against the word lists of the data (data/lookup.yaml): stop words set
 * aside, generic words and group names (also mistyped, or started as the last word) apart from the
 * query's own words, each own word with what it may match (a word it starts, how many typos: none
 * on a word of 4 letters or fewer, typed in capitals or holding a digit). And the operator that a
 * word names, if any (Viamedis, Almerys, their other forms, or a typo of them).
 */
import { distance, firstAtOrAfter, prefixDistance } from "./compare.js"
import { fold } from "./fold.js"

/* The query's words: set aside (stop words), generic (generic words and group names, also when
   mistyped, or the start of one as the last word, still being typed), and the query's own words,
   each with what it may match: a word it starts (`prefix`), and how many typos. */
export function readTokens (index, query, folded) {
  const raw = query.normalize("NFKD").replace(/\p{M}/gu, "").split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  const capitals = new Set(raw.filter((word) => word.length > 1 && /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word))
    .map(fold))
  const parts = folded.split(" ")
  const finished = /[^\p{L}\p{N}]$/u.test(query)
  const own = []
  const generic = []
  parts.forEach((text, position) => {
    const last = position === parts.length - 1 && !finished
    if (index.stop.has(text)) return
    const token = {
      text,
      last,
      prefix: last || text.length > 1,
      typos: typoLimit(text, capitals.has(text))
    }
    if (index.generic.has(text)) generic.push(token)
    else if (last && text.length >= 2 && startsGeneric(index, text)) generic.push(token)
    else if (token.typos && nearGeneric(index, text, token.typos)) generic.push(token)
    else own.push(token)
  })
  return { own, generic }
}

function typoLimit (text, capitals) {
  if (capitals || /\d/.test(text) || text.length <= 4) return 0
  return text.length >= 8 ? 2 : 1
}

function startsGeneric (index, text) {
  const list = index.genericWords
  const at = firstAtOrAfter(list, text)
  return at < list.length && list[at].startsWith(text)
}

function nearGeneric (index, text, limit) {
  return index.genericWords.some((word) => word[0] === text[0] && distance(text, word, limit) <= limit)
}

export function operatorOf (index, token) {
  for (const { form, operator } of index.operatorForms) {
    if (token.text === form) return operator
    if (token.last && token.text.length >= 4 && form.startsWith(token.text)) return operator
  }
  if (!token.typos) return null
  for (const { form, operator } of index.operatorForms) {
    if (form[0] !== token.text[0]) continue
    const gap = token.last ? prefixDistance(token.text, form, token.typos) : distance(token.text, form, token.typos)
    if (gap <= token.typos) return operator
  }
  return null
}
