// The relevance suite (issue 14's goals) on the real lookup data of both languages, written from
// data/ as the build writes it, through the matching module that the page uses.
import { test } from "node:test"
import assert from "node:assert/strict"
import { buildIndex, search } from "../../overrides/assets/javascripts/lookup/match.js"
import { lookupData } from "./lookup-data.mjs"
import { CASES, GOALS, details, evaluate, summary } from "./relevance.mjs"

test("the suite holds at least 150 queries, 60 of them of insurers that the data does not list", () => {
  const total = CASES["not-listed"].length + CASES.listed.length + CASES.operators.length
  assert.ok(total >= 150, `${total} queries`)
  assert.ok(CASES["not-listed"].length >= 60)
})

for (const language of ["fr", "en"]) {
  test(`relevance goals (${language})`, (context) => {
    const data = lookupData(language)
    const index = buildIndex(data)
    const listed = new Set(data.insurers.map((record) => record[1]))
    for (const { expect } of CASES.listed) {
      for (const slug of [].concat(expect)) assert.ok(listed.has(slug), `the suite expects ${slug}, which is not listed`)
    }
    const report = evaluate((query) => search(index, query))
    context.diagnostic(summary(report))
    const why = "\n" + summary(report) + "\n" + details(report)
    assert.equal(report.notListed.answered.length, GOALS.notListedAnswered, why)
    assert.ok(report.listed.first / report.listed.total >= GOALS.listedFirst, why)
    assert.equal(report.operators.explained, report.operators.total, why)
    assert.deepEqual(report.nearOnNotConcerned, [], why)
  })
}

test("the names of the insurers that are not listed are not in the data", () => {
  const data = lookupData("fr")
  const names = new Set(data.insurers.flatMap((record) => [record[0], ...record[2]]).map((name) => name.toLowerCase()))
  for (const query of CASES["not-listed"]) assert.ok(!names.has(query.toLowerCase()), query)
})
