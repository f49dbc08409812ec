/*
 * Insurer lookup ("Is my insurer concerned?"), on the pages that hold [[generated:insurer-lookup]].
 * An ES module (front matter `modules:`). Markup: overrides/fragments/insurer-lookup.html. Data:
 * lookup/insurers.json of the page's language (factbase/render/lookup.py), fetched from this site when the
 * reader first focuses the field. The matching policy is lookup/match.js; this file only shows its
 * answers:
 * - an insurer's card names its operator, the basis and, in plain words, who says so;
 * - a near match comes after "not in our list", as a question, with the card of the name offered;
 * - an operator's name, or "I don't know", gets its own answer, with its sources;
 * - Enter (the keyboard's search key) closes the keyboard and brings the answer into view;
 * - suis-je-concerne/#lookup=<name> (site search's hand-off) fills the field and answers;
 * - Material's back-to-top button is hidden while it would cover the field.
 *
 * Nothing is stored and nothing is sent: the query never leaves the page.
 */
import { fold } from "./lookup/fold.js"
import { buildIndex, looksLikeNumber, search } from "./lookup/match.js"

const root = document.getElementById("vm-lookup")
if (root) start(root)

function start (root) {
  const form = root.querySelector(".vm-lookup__form")
  const field = document.getElementById("vm-lookup-field")
  const answer = document.getElementById("vm-lookup-answer")
  const status = document.getElementById("vm-lookup-status")
  const explain = document.getElementById("vm-lookup-explain")
  const list = document.getElementById("vm-lookup-results")
  const more = document.getElementById("vm-lookup-more")
  const unknown = document.getElementById("vm-lookup-unknown")
  const unknownName = document.getElementById("vm-lookup-unknown-name")
  const near = document.getElementById("vm-lookup-near")
  const nearQuestion = document.getElementById("vm-lookup-near-question")
  const nearList = document.getElementById("vm-lookup-near-results")
  const ANNOUNCE_AFTER_MS = 500
  const HASH_PREFIX = "#lookup="

  const text = (key) => root.getAttribute("data-label-" + key) || ""
  const format = (template, values) => template.replace(/\{(\w+)\}/g, (_, key) => String(values[key]))

  // Slugs and source ids are [a-z0-9-] (the schemas say so): they go into addresses as they are.
  const insurerPages = new URL(root.getAttribute("data-base"), location.href).href + "assureurs/"
  const sourcesPage = new URL(root.getAttribute("data-sources"), location.href).href.split("#")[0] + "#"

  function element (tag, className, content) {
    const node = document.createElement(tag)
    if (className) node.className = className
    if (content !== undefined) node.textContent = content
    return node
  }

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

  /* Loading: on first focus (or first keystroke, if the field got a value another way). */

  let index = null
  let loading = null
  function load () {
    if (loading) return loading
    loading = fetch(root.getAttribute("data-src"), { credentials: "same-origin" })
      .then((response) => {
        if (!response.ok) throw new Error(response.status)
        return response.json()
      })
      .then((data) => {
        index = buildIndex(data)
        // One search of each kind before the reader's first keystroke, so that the browser has
        // compiled the code by then. The queries are not the reader's, and nothing is shown.
        for (const query of ["mutuelle generale", "mutuele", "zq", "ag2r", "viamedis"]) search(index, query)
        index.cache.clear()
        index.typoCache.clear()
        update()
      })
      .catch(() => {
        loading = null
        status.classList.remove("vm-lookup__status--quiet")
        announce(text("failed"), true)
        root.classList.add("vm-lookup--failed")
      })
    return loading
  }

  const NUMBER = { kind: "number", answers: [], near: [], operators: [], total: 0 }

  function update (now) {
    const query = field.value
    if (looksLikeNumber(query)) {
      show(query, NUMBER, now)
      return Promise.resolve()
    }
    if (!index) {
      if (query.trim()) announce(text("loading"))
      return load()
    }
    const found = search(index, query)
    if (found.kind === "dont-know") found.dontKnow = index.dontKnow
    show(query, found, now)
    return Promise.resolve()
  }

  /* Enter, the keyboard's search key: the keyboard closes (the field loses the focus), the answer
     is announced at once, and its first line comes into view under the field. */
  function answerNow () {
    field.blur()
    const ready = index || looksLikeNumber(field.value) ? Promise.resolve() : load()
    return ready.then(() => {
      if (!index && !looksLikeNumber(field.value)) return
      update(true)
      bringAnswerIntoView()
    })
  }

  function firstLine () {
    for (const child of answer.children) {
      if (!child.hidden && child.getClientRects().length && child.textContent.trim()) return child
    }
    return null
  }

  function bringAnswerIntoView () {
    const line = firstLine()
    if (!line) return
    const header = document.querySelector(".md-header")
    const top = (header ? header.getBoundingClientRect().bottom : 0) + 8
    const height = window.visualViewport ? window.visualViewport.height : window.innerHeight
    // The field at the top of the screen, with the answer under it; if its first line would still
    // be off screen (a small window), that first line at the top instead.
    let move = form.getBoundingClientRect().top - top
    const lineBox = line.getBoundingClientRect()
    if (lineBox.top + lineHeight(line) - move > height) move = lineBox.top - top
    window.scrollBy({ top: move, left: 0, behavior: "instant" })
  }

  function lineHeight (node) {
    return parseFloat(getComputedStyle(node).lineHeight) || 24
  }

  /* Material's back-to-top button appears under the header when the reader scrolls up: hidden
     while it would cover the field. */
  const topButton = document.querySelector(".md-top")
  let coverCheck = 0
  function keepFieldUncovered () {
    coverCheck = 0
    if (!topButton) return
    const button = topButton.getBoundingClientRect()
    const box = field.getBoundingClientRect()
    const covers = !form.hidden && box.top < button.bottom + 8 && box.bottom > button.top - 8
    document.documentElement.classList.toggle("vm-lookup-covers-top", covers)
  }
  function scheduleCoverCheck () {
    if (!coverCheck) coverCheck = requestAnimationFrame(keepFieldUncovered)
  }

  /* suis-je-concerne/#lookup=<encodeURIComponent(name)>: site search's hand-off (contracts.md §5). */
  function fromAddress () {
    if (!location.hash.startsWith(HASH_PREFIX)) return
    let name
    try {
      name = decodeURIComponent(location.hash.slice(HASH_PREFIX.length))
    } catch {
      return
    }
    field.value = name
    answerNow()
  }

  /* Keyboard: Down from the field to the first result, Up and Down between results, Up from the
     first result or Escape back to the field. Enter on a result follows its link. */
  function resultLinks () {
    return Array.from(answer.querySelectorAll(".vm-lookup__name"))
  }

  field.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown") {
      const links = resultLinks()
      if (links.length) {
        event.preventDefault()
        links[0].focus()
      }
    } else if (event.key === "Escape" && field.value) {
      field.value = ""
      update()
    }
  })

  answer.addEventListener("keydown", (event) => {
    const links = resultLinks()
    const position = links.indexOf(document.activeElement)
    if (position === -1) return
    if (event.key === "ArrowDown" && position < links.length - 1) {
      event.preventDefault()
      links[position + 1].focus()
    } else if (event.key === "ArrowUp") {
      event.preventDefault()
      if (position > 0) links[position - 1].focus()
      else field.focus()
    } else if (event.key === "Escape") {
      event.preventDefault()
      field.focus()
    }
  })

  field.addEventListener("focus", load)
  field.addEventListener("input", () => { update() })
  form.addEventListener("submit", (event) => {
    event.preventDefault()
    answerNow()
  })
  window.addEventListener("pagehide", () => { form.reset() })
  window.addEventListener("hashchange", fromAddress)
  window.addEventListener("scroll", scheduleCoverCheck, { passive: true })
  window.addEventListener("resize", scheduleCoverCheck, { passive: true })

  // For the browser tests (folding, timing); holds nothing about the reader.
  root.vmLookup = {
    fold,
    search: (query) => index && search(index, query),
    // As if the word had never been typed: neither its matches nor any result card are kept.
    forget: () => {
      if (index) {
        index.cache.clear()
        index.typoCache.clear()
      }
      cards.clear()
    }
  }

  form.hidden = false
  root.classList.add("vm-lookup--ready")
  keepFieldUncovered()
  if (location.hash.startsWith(HASH_PREFIX)) fromAddress()
  else if (field.value) update()
}
