// The relevance suite's scoring (tests/js/relevance-cases.json), shared by its test
// (relevance.test.mjs) and its report:
//   node tests/js/relevance.mjs            the figures per group, and every query that misses
//
// What counts, per group (issue 14's goals):
// - not-listed: answered with another insurer when the lookup gives any insurer as the answer;
//   offering a near match as a question ("Nom proche : X — est-ce bien le vôtre ?") is not an answer.
// - listed: that insurer is the first one shown, as the answer or as the near match offered.
// - operators: explained when the answer is the operator's; "I don't know" when it says where to look.
// Whatever the group, a near match never lands on a record whose members were not concerned.
import { readFileSync } from "node:fs"

export const CASES = JSON.parse(readFileSync(new URL("./relevance-cases.json", import.meta.url), "utf8"))
export const GOALS = { notListedAnswered: 0, listedFirst: 0.98, operatorsExplained: 1 }

function firstShown (result) {
  return (result.answers && result.answers[0]) || (result.near && result.near[0]) || null
}

export function evaluate (search, cases = CASES) {
  const report = {
    notListed: { total: 0, answered: [], asked: [] },
    listed: { total: 0, first: 0, answeredFirst: 0, askedFirst: 0, misses: [] },
    operators: { total: 0, explained: 0, misses: [] },
    nearOnNotConcerned: []
  }
  const check = (query, result) => {
    for (const match of result.near || []) {
      if (match.entry.status === "not-concerned") report.nearOnNotConcerned.push(`${query} → ${match.entry.name}`)
    }
    return result
  }
  for (const query of cases["not-listed"]) {
    const result = check(query, search(query))
    report.notListed.total++
    if (result.kind === "answers" && result.answers.length) {
      report.notListed.answered.push(`${query} → ${result.answers[0].entry.name}`)
    } else if (result.near && result.near.length) {
      report.notListed.asked.push(`${query} → ${result.near[0].entry.name}?`)
    }
  }
  for (const { query, expect } of cases.listed) {
    const result = check(query, search(query))
    const wanted = [].concat(expect)
    const first = firstShown(result)
    report.listed.total++
    if (first && wanted.includes(first.entry.slug)) {
      report.listed.first++
      if (result.answers && result.answers.length) report.listed.answeredFirst++
      else report.listed.askedFirst++
    } else {
      report.listed.misses.push(`${query} → ${first ? first.entry.slug : result.kind} (expected ${wanted.join(" or ")})`)
    }
  }
  for (const { query, expect } of cases.operators) {
    const result = check(query, search(query))
    report.operators.total++
    const ok = expect === "dont-know"
      ? result.kind === "dont-know"
      : result.kind === "operator" && (result.operators || []).some((operator) => "operator:" + operator.operator === expect)
    if (ok) report.operators.explained++
    else report.operators.misses.push(`${query} → ${result.kind} (expected ${expect})`)
  }
  return report
}

export function summary (report) {
  const { notListed, listed, operators } = report
  const percent = (part, whole) => (whole ? (100 * part / whole).toFixed(1) + " %" : "n/a")
  return [
    `not listed (${notListed.total} queries): answered with another insurer ${notListed.answered.length}` +
      ` (goal ${GOALS.notListedAnswered}); a near match offered as a question ${notListed.asked.length}`,
    `listed (${listed.total} queries): that insurer first ${listed.first} = ${percent(listed.first, listed.total)}` +
      ` (goal ≥ ${GOALS.listedFirst * 100} %; as the answer ${listed.answeredFirst}, as a near match ${listed.askedFirst})`,
    `operators and "I don't know" (${operators.total} queries): explained ${operators.explained} = ` +
      `${percent(operators.explained, operators.total)} (goal 100 %)`,
    `near matches on a "not concerned" record: ${report.nearOnNotConcerned.length}`
  ].join("\n")
}

export function details (report) {
  const lines = []
  const list = (title, items) => { if (items.length) lines.push(title, ...items.map((item) => "  " + item)) }
  list("not listed, answered with another insurer:", report.notListed.answered)
  list("not listed, a near match offered:", report.notListed.asked)
  list("listed, not first:", report.listed.misses)
  list("operators, not explained:", report.operators.misses)
  list("near matches on a not-concerned record:", report.nearOnNotConcerned)
  return lines.join("\n")
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { buildIndex, search } = await import("../../overrides/assets/javascripts/lookup/match.js")
  const { lookupData } = await import("./lookup-data.mjs")
  const index = buildIndex(lookupData("fr"))
  const report = evaluate((query) => search(index, query))
  console.log(summary(report))
  console.log(details(report))
}
