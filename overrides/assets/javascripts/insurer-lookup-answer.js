/*
 * The insurer lookup's answer, drawn in the page: an ES module imported by insurer-lookup.js, which
 * handles the field (its events, the data's loading, the scrolling) and hands each answer of
 * lookup/match.js to show(). Markup and labels (data-label-*): overrides/fragments/insurer-lookup.html.
 * - an insurer's card names its operator, the basis and, in plain words, who says so; cards are
 *   built once and kept;
 * - a near match comes after "not in our list", as a question, with the card of the name offered;
 * - an operator's name, or "I don't know", gets its own answer, with its sources;
 * - the answer is announced to screen readers once the reader pauses (or at once, after Enter).
 */
import { element } from "./dom.js"

/* The answer block of the lookup `root`: show(query, found, now) draws an answer and announces it,
   loading() and failed() say that the data is coming or could not be loaded, forget() drops the
   kept cards. */
export function answerView (root) {
  const part = (name) => document.getElementById("vm-lookup-" + name) // the fragment's ids: vm-lookup-<name>
  const status = part("status")
  const explain = part("explain")
  const list = part("results")
  const more = part("more")
  const unknown = part("unknown")
  const unknownName = part("unknown-name")
  const near = part("near")
  const nearQuestion = part("near-question")
  const nearList = part("near-results")
  const ANNOUNCE_AFTER_MS = 500

  const text = (key) => root.getAttribute("data-label-" + key) || ""
  const format = (template, values) => template.replace(/\{(\w+)\}/g, (_, key) => String(values[key]))

  // Slugs and source ids are [a-z0-9-] (the schemas say so): they go into addresses as they are.
  const insurerPages = new URL(root.getAttribute("data-base"), location.href).href + "assureurs/"
  const sourcesPage = new URL(root.getAttribute("data-sources"), location.href).href.split("#")[0] + "#"

  /* "Selon CNIL (7 février 2024) et Alan (16 février 2024).": who says so, in plain words, each
     publisher linked to its entry on the Sources page. */
  function according (sources) {
    const line = element("p", "vm-lookup__by")
    const [before, after] = text("according").split("{sources}")
    line.appendChild(document.createTextNode(before))
    sources.forEach((source, position) => {
      if (position) {
        line.appendChild(document.createTextNode(position === sources.length - 1 ? text("and") : ", "))
      }
      const link = element("a", "vm-lookup__source", source.publisher)
      link.href = sourcesPage + source.id
      line.appendChild(link)
      line.appendChild(document.createTextNode(" (" + source.date + ")"))
    })
    line.appendChild(document.createTextNode(after))
    return line
  }

  /* A result's card, built once per insurer (and name shown) and kept: typing often shows the same
     insurers again, and a kept card costs only its layout. */
  const cards = new Map()
  function card (match, near) {
    const key = match.entry.order + "|" + (match.term.alias ? match.term.label : "") + (near ? "|near" : "")
    let built = cards.get(key)
    if (!built) {
      if (cards.size > 500) cards.clear()
      cards.set(key, (built = resultItem(match, near)))
    }
    return built
  }

  function resultItem (match, near) {
    const entry = match.entry
    const kind = "vm-lookup__result vm-lookup__result--" + entry.status + (near ? " vm-lookup__result--near" : "")
    const item = element("li", kind)
    const link = element("a", "vm-lookup__name", entry.name)
    link.href = insurerPages + entry.slug + "/"
    const title = element("p", "vm-lookup__title")
    title.appendChild(link)
    if (match.term.alias) {
      title.appendChild(document.createTextNode(" "))
      title.appendChild(element("span", "vm-lookup__alias", format(text("alias"), { alias: match.term.label })))
    }
    item.appendChild(title)
    item.appendChild(element("p", "vm-lookup__meaning", text("meaning-" + entry.status)))
    const details = element("ul", "vm-lookup__links")
    for (const linkData of entry.links) {
      const line = element("li")
      const what = element("p")
      what.appendChild(element("span", "vm-lookup__operator", linkData.operator))
      what.appendChild(document.createTextNode(" · " + linkData.basis))
      line.appendChild(what)
      if (linkData.note) line.appendChild(element("p", "vm-lookup__note", linkData.note))
      line.appendChild(according(linkData.sources))
      details.appendChild(line)
    }
    item.appendChild(details)
    return item
  }

  function explanation (paragraphs, sources, className) {
    const box = document.createDocumentFragment()
    paragraphs.forEach(([content, kind]) => box.appendChild(element("p", kind, content)))
    box.appendChild(according(sources))
    explain.className = "vm-lookup__explain " + className
    return box
  }

  let announceTimer = 0
  function announce (message, now) {
    clearTimeout(announceTimer)
    // Announced once the reader pauses, not at every keystroke; meanwhile the line is emptied, so
    // that nobody reads the previous query's count above the new results (an empty line is silent).
    status.textContent = ""
    if (now) status.textContent = message
    else announceTimer = setTimeout(() => { status.textContent = message }, ANNOUNCE_AFTER_MS)
  }

  function show (query, found, now) {
    list.textContent = ""
    nearList.textContent = ""
    explain.textContent = ""
    explain.hidden = true
    unknown.hidden = true
    near.hidden = true
    more.hidden = true
    const typed = query.trim()
    let message = ""
    if (found.operators.length) {
      explain.hidden = false
      for (const operator of found.operators) {
        explain.appendChild(explanation([[operator.text, "vm-lookup__explain-text"]], operator.sources,
          "vm-lookup__explain--operator"))
      }
      message = found.operators.map((operator) => format(text("operator"), { name: operator.name })).join(" ")
    }
    if (found.kind === "short") message = typed ? text("short") : ""
    else if (found.kind === "number") message = text("number")
    else if (found.kind === "dont-know") {
      const dontKnow = found.dontKnow
      explain.hidden = false
      const paragraphs = [[text("dont-know"), "vm-lookup__explain-title"], [dontKnow.text, "vm-lookup__explain-text"]]
      explain.appendChild(explanation(paragraphs, dontKnow.sources, "vm-lookup__explain--dont-know"))
      message = text("dont-know") + " " + dontKnow.text
    } else if (found.kind === "answers") {
      const fragment = document.createDocumentFragment()
      for (const match of found.answers) fragment.appendChild(card(match, false))
      list.appendChild(fragment)
      if (found.total > found.answers.length) {
        more.textContent = format(text("more"), { shown: found.answers.length, total: found.total })
        more.hidden = false
      }
      const first = found.answers[0].entry
      message = (message ? message + " " : "") +
        format(text(found.total === 1 ? "one" : "many"), { count: found.total, name: first.name })
    } else if (found.kind === "near" || found.kind === "none") {
      unknownName.textContent = format(text("quoted"), { query: typed })
      unknown.hidden = false
      message = format(text("none"), { query: typed })
      if (found.kind === "near") {
        const offered = found.near.map((match) => match.entry.name)
        nearQuestion.textContent = ""
        const [before, after] = text(offered.length === 1 ? "near-one" : "near-many").split("{names}")
        nearQuestion.appendChild(document.createTextNode(before))
        offered.forEach((name, position) => {
          const separator = position === offered.length - 1 ? text("or") : ", "
          if (position) nearQuestion.appendChild(document.createTextNode(separator))
          nearQuestion.appendChild(element("strong", "", name))
        })
        nearQuestion.appendChild(document.createTextNode(after))
        for (const match of found.near) nearList.appendChild(card(match, true))
        near.hidden = false
        message += " " + nearQuestion.textContent
      }
    }
    // The count of the answers is shown; other answers say it in their own block, so the line that
    // announces them stays for screen readers only.
    status.classList.toggle("vm-lookup__status--quiet", !["answers", "short", "number"].includes(found.kind))
    announce(message, now)
  }

  return {
    show,
    loading: () => announce(text("loading")),
    failed () {
      status.classList.remove("vm-lookup__status--quiet")
      announce(text("failed"), true)
      root.classList.add("vm-lookup--failed")
    },
    forget: () => cards.clear()
  }
}
