/*
 * Insurer lookup ("Is my insurer concerned?"), on the pages that hold [[generated:insurer-lookup]].
 * An ES module, imported by insurer-lookup-start.js (the page's module) when the reader first
 * focuses the field, types, submits or arrives with #lookup=: a page view does not load it. Markup:
 * overrides/fragments/insurer-lookup.html. Data: lookup/insurers.json of the page's language
 * (factbase/render/lookup.py), whose request insurer-lookup-start.js starts at the same moment. The
 * matching policy is lookup/match.js, and the answer is drawn by insurer-lookup-answer.js; this file
 * handles the field:
 * - each keystroke's query is answered by lookup/match.js, and the answer handed to the view;
 * - Enter (the keyboard's search key) closes the keyboard and brings the answer into view;
 * - suis-je-concerne/#lookup=<name> (site search's hand-off) fills the field and answers;
 * - Down, Up and Escape move between the field and the results;
 *
 * Nothing is stored and nothing is sent: the query never leaves the page.
 */
import { answerView } from "./insurer-lookup-answer.js"
import { LOOKUP_HASH_PREFIX } from "./page-links.js"
import { fold } from "./lookup/fold.js"
import { buildIndex, looksLikeNumber, search } from "./lookup/match.js"

const root = document.getElementById("vm-lookup")
if (root) start(root)

function start (root) {
  const form = root.querySelector(".vm-lookup__form")
  const field = document.getElementById("vm-lookup-field")
  const answer = document.getElementById("vm-lookup-answer")
  const view = answerView(root)

  /* Loading: on first focus (or first keystroke, if the field got a value another way). */

  let index = null
  let loading = null
  function load () {
    if (loading) return loading
    // The request insurer-lookup-start.js made while this module loaded; a retry makes its own.
    const request = root.vmLookupRequest || fetch(root.getAttribute("data-src"), { credentials: "same-origin" })
    root.vmLookupRequest = null
    loading = request
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
        view.failed()
      })
    return loading
  }

  const NUMBER = { kind: "number", answers: [], near: [], operators: [], total: 0 }

  function update (now) {
    const query = field.value
    if (looksLikeNumber(query)) {
      view.show(query, NUMBER, now)
      return Promise.resolve()
    }
    if (!index) {
      if (query.trim()) view.loading()
      return load()
    }
    const found = search(index, query)
    if (found.kind === "dont-know") found.dontKnow = index.dontKnow
    view.show(query, found, now)
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

  /* suis-je-concerne/#lookup=<encodeURIComponent(name)>: site search's hand-off (contracts.md §5). */
  function fromAddress () {
    if (!location.hash.startsWith(LOOKUP_HASH_PREFIX)) return
    let name
    try {
      name = decodeURIComponent(location.hash.slice(LOOKUP_HASH_PREFIX.length))
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
  form.addEventListener("submit", () => { answerNow() })  // insurer-lookup-start.js prevents the default
  window.addEventListener("pagehide", () => { form.reset() })
  window.addEventListener("hashchange", fromAddress)

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
      view.forget()
    }
  }

  root.classList.add("vm-lookup--ready")
  // What the reader did while this module loaded: arrived with #lookup=, pressed Enter, typed, or
  // only focused the field.
  if (location.hash.startsWith(LOOKUP_HASH_PREFIX)) fromAddress()
  else if (root.vmLookupSubmitted) answerNow()
  else if (field.value) update()
  else if (document.activeElement === field) load()
  root.vmLookupSubmitted = false
}
