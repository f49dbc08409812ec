// The matching policy of the insurer lookup (overrides/assets/javascripts/lookup/match.js), rule by
// rule, on small made-up lists; the real data is the relevance suite's (relevance.test.mjs).
import { test } from "node:test"
import assert from "node:assert/strict"
import { readFileSync, readdirSync } from "node:fs"
import {
  EXACT, LOOKUP_VERSION, MAX_ANSWERS, WHOLE_WORDS, WORD_STARTS, buildIndex, looksLikeNumber, search
} from "../../overrides/assets/javascripts/lookup/match.js"
import { lookupData } from "./lookup-data.mjs"

const TERMS = lookupData("fr").terms // the real word lists of data/lookup.yaml

/* A lookup file (factbase/render/lookup.py's layout) holding `insurers`: [name, status, aliases]. */
function data (insurers, overrides = {}) {
  return {
    version: LOOKUP_VERSION,
    language: "fr",
    insurer_fields: ["name", "slug", "aliases", "status", "links"],
    link_fields: ["operator", "basis", "sources", "note"],
    strings: ["Viamedis", "Rapporté"],
    sources: [["src-1", "Un média", "1er février 2024"]],
    terms: TERMS,
    operators: [
      { operator: "almerys", name: "Almerys", forms: ["almerys", "almeris"], text: "Almerys est un opérateur.", sources: [0] },
      { operator: "viamedis", name: "Viamedis", forms: ["viamedis", "viademis"], text: "Viamedis est un opérateur.", sources: [0] }
    ],
    dont_know: { phrases: ["je ne sais pas", "i don t know"], text: "Regardez votre carte.", sources: [0] },
    insurers: insurers.map(([name, status = "affected", aliases = []]) =>
      [name, name.toLowerCase().replace(/[^a-z0-9]+/g, "-"), aliases, status, [[0, 1, [0], -1]]]),
    ...overrides
  }
}

function lookup (insurers) {
  const index = buildIndex(data(insurers))
  return (query) => search(index, query)
}

const names = (list) => list.map((match) => match.entry.name)

test("a file of another version, or without a field, is refused rather than misread", () => {
  assert.throws(() => buildIndex(data([["Alan"]], { version: 1 })), /version 1, expected 2/)
  assert.throws(() => buildIndex(data([["Alan"]], { insurer_fields: ["name", "slug", "aliases", "links"] })),
    /without the field status/)
})

test("the exact name first, then whole words, then the starts of words", () => {
  const find = lookup([["Alphabet Santé"], ["Beta Alpha"], ["Alpha"]])
  const result = find("alpha")
  assert.equal(result.kind, "answers")
  assert.deepEqual(names(result.answers), ["Alpha", "Beta Alpha", "Alphabet Santé"])
  assert.deepEqual(result.answers.map((match) => match.tier), [EXACT, WHOLE_WORDS, WORD_STARTS])
})

test("generic words are set aside: a name with or without them is the same name", () => {
  const find = lookup([["Macif"], ["Alan"], ["Apréva"]])
  for (const [query, name] of [["macif santé", "Macif"], ["Macif mutuelle", "Macif"], ["alan assurance", "Alan"],
    ["Apreva mutuelle", "Apréva"], ["macif mutu", "Macif"], ["mutuelle macif groupe", "Macif"]]) {
    const result = find(query)
    assert.equal(result.kind, "answers", query)
    assert.deepEqual(names(result.answers), [name], query)
    assert.equal(result.answers[0].tier, EXACT, query)
  }
})

test("generic words tell two insurers apart when their own words are the same", () => {
  const find = lookup([["Mutuelle Alpha"], ["Alpha Prévoyance"]])
  assert.deepEqual(names(find("alpha prevoyance").answers), ["Alpha Prévoyance"])
  assert.deepEqual(names(find("mutuelle alpha").answers), ["Mutuelle Alpha"])
  assert.deepEqual(names(find("alpha").answers), ["Mutuelle Alpha", "Alpha Prévoyance"]) // ties: the table's order
})

test("a query of generic words only is matched on them", () => {
  const find = lookup([["Mutuelle Alpha"], ["Beta Prévoyance"]])
  assert.deepEqual(names(find("mutuelle").answers), ["Mutuelle Alpha"])
})

test("a word of the query that no name holds means no answer: one shared word is not enough", () => {
  const find = lookup([["La Mutuelle Générale"], ["Generali"]])
  for (const query of ["Mutuelle générale de l'Éducation nationale", "MGEN", "mutuelle generale des cheminots"]) {
    const result = find(query)
    assert.equal(result.answers.length, 0, query)
  }
  assert.deepEqual(names(find("mutuelle generale").answers), ["La Mutuelle Générale"])
})

test("a generic word beside a part of a name asks instead of answering", () => {
  const find = lookup([["Solimut Centre Océan"]])
  const result = find("Solimut Mutuelle de France")
  assert.equal(result.kind, "near")
  assert.deepEqual(names(result.near), ["Solimut Centre Océan"])
  assert.deepEqual(names(find("solimut").answers), ["Solimut Centre Océan"])
})

test("no typo on a word of four letters or fewer, typed in capitals, holding a digit, or on its first letter", () => {
  const find = lookup([["Macif"], ["Generali"], ["Mieux-Être"], ["AG2R"]])
  for (const query of ["maif", "MAIF", "MACSF", "mgen", "miel", "nacif", "ag3r", "AG2S"]) {
    const result = find(query)
    assert.equal(result.kind, "none", query)
  }
  assert.deepEqual(names(find("macsf").near), ["Macif"])
})

test("a near match is a question, never the answer", () => {
  const find = lookup([["Harmonie Mutuelle"], ["Mutuelle des Services Publics"]])
  for (const [query, name] of [["harmomie", "Harmonie Mutuelle"], ["mutuelle des services publlics", "Mutuelle des Services Publics"]]) {
    const result = find(query)
    assert.equal(result.kind, "near", query)
    assert.deepEqual(result.answers, [], query)
    assert.deepEqual(names(result.near), [name], query)
  }
})

test("a near match never lands on a record whose members were not concerned", () => {
  assert.equal(lookup([["Appasanté"]])("appasnaté").kind, "near")
  const find = lookup([["Appasanté", "not-concerned"], ["Mutuelle Hévéa", "not-concerned"]])
  for (const query of ["appasnaté", "heveas", "hévéaa"]) {
    assert.equal(find(query).kind, "none", query)
    assert.deepEqual(find(query).near, [], query)
  }
  assert.deepEqual(names(find("appasanté").answers), ["Appasanté"]) // the exact name is still found
})

test("the operators' names get the operator's answer, with or without accents, misspelt, being typed", () => {
  const find = lookup([["Alan"]])
  for (const [query, operator] of [["Viamedis", "viamedis"], ["viamédis", "viamedis"], ["Viademis", "viamedis"],
    ["viamedsi", "viamedis"], ["viam", "viamedis"], ["carte viamedis", "viamedis"], ["ALMERYS", "almerys"],
    ["almeris", "almerys"], ["logo almérys", "almerys"], ["viamedis.net", "viamedis"]]) {
    const result = find(query)
    assert.equal(result.kind, "operator", query)
    assert.deepEqual(result.operators.map((item) => item.operator), [operator], query)
    assert.equal(result.operators[0].sources[0].publisher, "Un média")
  }
  const both = find("viamedis alan")
  assert.equal(both.kind, "answers")
  assert.deepEqual(names(both.answers), ["Alan"])
  assert.deepEqual(both.operators.map((item) => item.name), ["Viamedis"])
})

test("a reader who does not know the name is told where to look", () => {
  const find = lookup([["Alan"]])
  for (const query of ["Je ne sais pas", "je ne sais pas le nom", "I don't know", "?", " ?? "]) {
    assert.equal(find(query).kind, "dont-know", query)
  }
})

test("a number is never searched", () => {
  const find = lookup([["AS00042"], ["Alan 1234567"]])
  for (const query of ["1 85 05 78 006 084 36", "185057800608436", "2A 05 78 006 084", "1234567"]) {
    assert.equal(find(query).kind, "number", query)
    assert.ok(looksLikeNumber(query), query)
  }
  assert.deepEqual(names(find("as00042").answers), ["AS00042"])
})

test("one letter is too short", () => {
  const find = lookup([["Alan"]])
  assert.equal(find("a").kind, "short")
  assert.equal(find(" - ").kind, "short")
})

test("a name typed without its spaces or its dots", () => {
  const find = lookup([["La Mutuelle Générale"], ["Mutuelle des Services Publics", "affected", ["MSP"]]])
  assert.deepEqual(names(find("lamutuellegenerale").answers), ["La Mutuelle Générale"])
  assert.deepEqual(names(find("mutuellegenerale").answers), ["La Mutuelle Générale"])
  assert.deepEqual(names(find("lamutuelleg").answers), ["La Mutuelle Générale"])
  const initials = find("M.S.P.")
  assert.deepEqual(names(initials.answers), ["Mutuelle des Services Publics"])
  assert.equal(initials.answers[0].term.label, "MSP")
  assert.equal(initials.answers[0].term.alias, true)
})

test("a group name is set aside, and alone it finds nothing", () => {
  const find = lookup([["Harmonie Mutuelle"]])
  assert.deepEqual(names(find("Harmonie Mutuelle Groupe VYV").answers), ["Harmonie Mutuelle"])
  assert.equal(find("groupe vyv").kind, "none")
  assert.equal(find("MGEN groupe VYV").kind, "none")
})

test("at most MAX_ANSWERS answers, and the count of all of them", () => {
  const many = Array.from({ length: 20 }, (_, i) => [`Assureur ${String(i).padStart(2, "0")}`])
  const result = lookup(many)("assureur")
  assert.equal(result.answers.length, MAX_ANSWERS)
  assert.equal(result.total, 20)
})

test("the matching modules (every file of lookup/) use no page: they run anywhere", () => {
  const folder = new URL("../../overrides/assets/javascripts/lookup/", import.meta.url)
  const files = readdirSync(folder).filter((name) => name.endsWith(".js"))
  assert.ok(files.includes("match.js") && files.length > 1, files.join(", "))
  for (const name of files) {
    const source = readFileSync(new URL(name, folder), "utf8")
    assert.doesNotMatch(source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ""), /\b(document|window|location|navigator)\b/, name)
  }
})
