/*
 * The lookup's index, built once when the data file arrives: the file read (its version and field
 * names checked, so that a file of another layout is refused rather than misread), then every
 * distinct word of the names and aliases, folded, indexed once in a sorted list, with each term's
 * words, own words and stop words as arrays and bit masks, the names written without spaces, the
 * operators, the "I don't know" phrases, and the scratch space that a keystroke reuses.
 */
import { characterSet } from "./compare.js"
import { fold } from "./fold.js"
import { shortPrefixLists } from "./terms.js"

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
  const source = (index) => sourceOf(data, index)
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

/* The data file's source number `index`: its id, publisher and date. */
function sourceOf (data, index) {
  const [id, publisher, date] = data.sources[index]
  return { id, publisher, date }
}

/* The index of the data file, built once when the data arrive. */
export function buildIndex (data) {
  const entries = readEntries(data)
  const stop = new Set(data.terms.stop_words)
  const generic = new Set([...data.terms.generic_words, ...data.terms.group_names])
  const source = (index) => sourceOf(data, index)

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
