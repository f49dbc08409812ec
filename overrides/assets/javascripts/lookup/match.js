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
 */
import { characterSet, distance, firstAtOrAfter, prefixDistance } from "./compare.js"
import { fold } from "./fold.js"
import { nearMatches } from "./near.js"
import { answers } from "./rank.js"
import { shortPrefixLists } from "./terms.js"

export { distance, firstAtOrAfter, prefixDistance } from "./compare.js"
export { MAX_NEAR } from "./near.js"
export { EXACT, MAX_ANSWERS, WHOLE_WORDS, WORD_STARTS } from "./rank.js"

/* A number, or something that looks like one: never searched (a social-security number has 13
   to 15 digits; six or more digits, with or without separators, are enough to stop). */
export function looksLikeNumber (value) {
  return /\d[\d\s.-]{5,}\d/.test(value)
}

/* The data file's layout: its version, checked, and its field names, so that a file of another
   layout is refused rather than misread. */
export const LOOKUP_VERSION = 2

export function readEntries (data) {
  if (!data || data.version !== LOOKUP_VERSION) {
    throw new Error("lookup data of version " + (data && data.version) + ", expected " + LOOKUP_VERSION)
  }
  const field = fieldReader(data.insurer_fields, ["name", "slug", "aliases", "status", "links"])
  const linkField = fieldReader(data.link_fields, ["operator", "basis", "sources", "note"])
  const text = (index) => (index === -1 ? null : data.strings[index])
  const source = (index) => {
    const [id, publisher, date] = data.sources[index]
    return { id, publisher, date }
  }
  return data.insurers.map((record, order) => ({
    name: field(record, "name"),
    slug: field(record, "slug"),
    aliases: field(record, "aliases"),
    status: field(record, "status"),
    links: field(record, "links").map((link) => ({
      operator: text(linkField(link, "operator")),
      basis: text(linkField(link, "basis")),
      sources: linkField(link, "sources").map(source),
      note: text(linkField(link, "note"))
    })),
    order
  }))
}

function fieldReader (names, wanted) {
  const position = {}
  for (const name of wanted) {
    const at = (names || []).indexOf(name)
    if (at === -1) throw new Error("lookup data without the field " + name)
    position[name] = at
  }
  return (record, name) => record[position[name]]
}

/* The index of the data file, built once when the data arrive. */
export function buildIndex (data) {
  const entries = readEntries(data)
  const stop = new Set(data.terms.stop_words)
  const generic = new Set([...data.terms.generic_words, ...data.terms.group_names])
  const source = (index) => {
    const [id, publisher, date] = data.sources[index]
    return { id, publisher, date }
  }

  // Terms: every name and alias. Their words, folded, each indexed once in a sorted list.
  const terms = []
  const wordIds = new Map()
  entries.forEach((entry, entryId) => {
    [entry.name, ...entry.aliases].forEach((label, position) => {
      const folded = fold(label)
      const words = folded ? folded.split(" ") : []
      for (const word of words) if (!wordIds.has(word)) wordIds.set(word, -1)
      terms.push({ entry: entryId, label, alias: position > 0, folded, words })
    })
  })
  const words = Array.from(wordIds.keys()).sort()
  words.forEach((word, id) => wordIds.set(word, id))

  // A term's own words: neither stop words nor generic ones. Where two insurers' names have the
  // same own words ("Mutuelle Alpha", "Alpha Prévoyance"), their generic words are needed to tell
  // them apart and count as their own; so do they in a name made of nothing else.
  const ownKey = new Map()
  const ownWords = terms.map((term) => {
    const own = term.words.filter((word) => !stop.has(word) && !generic.has(word))
    const key = Array.from(new Set(own)).sort().join(" ")
    if (key) {
      const owners = ownKey.get(key) || new Set()
      owners.add(term.entry)
      ownKey.set(key, owners)
    }
    return { own, key }
  })
  const postings = words.map(() => [])
  const termWords = []
  const termOwnMask = new Int32Array(terms.length)
  const termStopMask = new Int32Array(terms.length)
  const compacts = new Map()
  terms.forEach((term, termId) => {
    const { own, key } = ownWords[termId]
    const shared = key && ownKey.get(key).size > 1
    let ownSet = new Set(own)
    if (!own.length || shared) ownSet = new Set(term.words.filter((word) => !stop.has(word)))
    if (!ownSet.size) ownSet = new Set(term.words)
    const ids = term.words.slice(0, 31).map((word) => wordIds.get(word))
    let mask = 0
    let stops = 0
    ids.forEach((wordId, position) => {
      const list = postings[wordId]
      if (list[list.length - 1] !== termId) list.push(termId)
      if (ownSet.has(words[wordId])) mask |= 1 << position
      if (stop.has(words[wordId])) stops |= 1 << position
    })
    termWords.push(Int32Array.from(ids))
    termOwnMask[termId] = mask
    termStopMask[termId] = stops
    // The name written without spaces ("lamutuellegenerale"), with and without its stop words.
    for (const compact of [term.words.join(""), term.words.filter((word) => !stop.has(word)).join("")]) {
      if (compact.length < 3) continue
      const list = compacts.get(compact) || []
      if (list[list.length - 1] !== termId) list.push(termId)
      compacts.set(compact, list)
    }
  })
  const compactKeys = Array.from(compacts.keys()).sort()

  const shortPrefixes = shortPrefixLists(words, postings)

  const operators = data.operators.map((operator) => ({
    operator: operator.operator,
    name: operator.name,
    forms: operator.forms,
    text: operator.text,
    sources: operator.sources.map(source)
  }))
  return {
    entries,
    terms,
    words,
    sets: Int32Array.from(words, characterSet),
    postings: postings.map((list) => Int32Array.from(list)),
    termEntry: Int32Array.from(terms, (term) => term.entry),
    termAlias: Uint8Array.from(terms, (term) => (term.alias ? 1 : 0)),
    // Every term's word ids, one after the other: term t's are termWordIds[termWordStart[t] ...
    // termWordStart[t + 1]], in one array rather than one array per term, for the answers' loop.
    termWordStart: Int32Array.from([0, ...termWords.map((ids) => ids.length)].map(
      ((sum) => (length) => (sum += length))(0))),
    termWordIds: Int32Array.from(termWords.flatMap((ids) => Array.from(ids))),
    termOwnMask,
    termStopMask,
    termLength: Int32Array.from(terms, (term) => term.folded.length),
    hasDigit: Uint8Array.from(words, (word) => (/\d/.test(word) ? 1 : 0)),
    compacts,
    compactKeys,
    shortPrefixes,
    stop,
    generic,
    genericWords: Array.from(generic).sort(),
    operators,
    operatorForms: operators.flatMap((operator) => operator.forms.map((form) => ({ form, operator }))),
    dontKnow: {
      phrases: data.dont_know.phrases.map((phrase) => " " + phrase + " "),
      text: data.dont_know.text,
      sources: data.dont_know.sources.map(source)
    },
    cache: new Map(),
    typoCache: new Map(),
    // Scratch space for one search, reused: a keystroke allocates almost nothing.
    scratch: { stamp: new Int32Array(terms.length), cost: new Float32Array(terms.length),
               touched: new Int32Array(terms.length), mark: 0 },
    rankings: [0, 1].map(() => ({ score: new Float64Array(entries.length).fill(Infinity),
                                  term: new Int32Array(entries.length), tier: new Int8Array(entries.length),
                                  touched: new Int32Array(entries.length), count: 0 }))
  }
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

/* The query's words: set aside (stop words), generic (generic words and group names, also when
   mistyped, or the start of one as the last word, still being typed), and the query's own words,
   each with what it may match: a word it starts (`prefix`), and how many typos. */
function readTokens (index, query, folded) {
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

function operatorOf (index, token) {
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
