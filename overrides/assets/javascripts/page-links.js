/*
 * What the page's links do once JavaScript runs, on every page (an ES module, after Material's
 * bundle; main.html). No storage, no request of its own.
 *
 * 1. In place, without leaving the page (one shared popover, the HTML popover attribute: Escape
 *    and a tap elsewhere close it): tapping a citation marker shows its sources, copied from the
 *    page's notes; tapping a term (factbase/data/terms.py) shows its explanation and a link to the
 *    glossary. Without JavaScript, or where the popover attribute is unsupported, both stay plain
 *    links (to the note, to the glossary entry). (The Sources block is a closed <details>:
 *    Material's own content script opens it for a link to a note inside it, and for printing.)
 * 2. The language switch keeps the reader's place: the address's #anchor, or else the section
 *    scrolled to (anchors are the same in both languages: factbase/pages/page_rules.py).
 * 3. Search: when it finds no page, or finds the insurer table (the name of an insurer), it offers
 *    to look the query up in the insurer lookup: suis-je-concerne/#lookup=<name> (contracts §5; a
 *    fragment, so the name never reaches the server). Never with digits: nothing that could be a
 *    social-security number goes into an address.
 * Labels and the lookup's address come from this script's tag (main.html; hooks/page_links.py).
 */
import { element } from "./dom.js"

// suis-je-concerne/#lookup=<encodeURIComponent(name)>: the hand-off's address (contracts.md §5), which
// the lookup reads (insurer-lookup-start.js, insurer-lookup.js). Page modules import it from here:
// this module is on every page already.
export const LOOKUP_HASH_PREFIX = "#lookup="

var script = document.getElementById("vm-page-links")
var labels = {}
try {
  labels = JSON.parse((script && script.getAttribute("data-labels")) || "{}")
} catch {
  labels = {}
}

// 1. Sources and terms in place

var supportsPopover = typeof HTMLElement !== "undefined" &&
  Object.prototype.hasOwnProperty.call(HTMLElement.prototype, "popover")
var popover = null

function thePopover() {
  if (popover) return popover
  var root = element("div", "vm-popover md-typeset")
  root.id = "vm-popover"
  root.setAttribute("popover", "auto")
  root.setAttribute("role", "dialog")
  root.setAttribute("aria-labelledby", "vm-popover-title")
  root.tabIndex = -1
  var head = element("div", "vm-popover__head")
  var title = element("p", "vm-popover__title")
  title.id = "vm-popover-title"
  var close = element("button", "vm-popover__close")
  close.type = "button"
  close.setAttribute("aria-label", labels.close || "×")
  close.textContent = "×"
  close.addEventListener("click", function () { root.hidePopover() })
  head.appendChild(title)
  head.appendChild(close)
  var body = element("div", "vm-popover__body")
  root.appendChild(head)
  root.appendChild(body)
  document.body.appendChild(root)
  var restore = false
  root.addEventListener("beforetoggle", function (event) {
    if (event.newState === "closed") restore = root.contains(document.activeElement)
  })
  root.addEventListener("toggle", function (event) {
    if (event.newState !== "closed") return
    popover.closedAt = Date.now()
    if (restore && popover.opener) popover.opener.focus({ preventScroll: true })
  })
  popover = { root: root, title: title, body: body, opener: null, closedAt: 0 }
  return popover
}

// Below the trigger on a wide screen, in page coordinates so that it scrolls with the text; a
// sheet at the foot of the screen on a phone (site.css), where there is no room beside a word.
function place(root, trigger) {
  root.style.top = ""
  root.style.left = ""
  if (window.matchMedia("(max-width: 44.984375em)").matches) return
  var box = trigger.getBoundingClientRect()
  var width = root.offsetWidth
  var left = Math.min(Math.max(8, box.left - 16), document.documentElement.clientWidth - width - 8)
  var top = box.bottom + 6
  if (top + root.offsetHeight > window.innerHeight && box.top - root.offsetHeight - 6 > 0) {
    top = box.top - root.offsetHeight - 6
  }
  root.style.left = Math.max(8, left) + window.scrollX + "px"
  root.style.top = top + window.scrollY + "px"
}

function show(trigger, titleText, fill) {
  var pop = thePopover()
  // A second tap on the trigger of the open popover closes it: the tap itself has already
  // light-dismissed it, just before this click.
  if (pop.opener === trigger && Date.now() - pop.closedAt < 400) return
  if (pop.root.matches(":popover-open")) pop.root.hidePopover()
  pop.opener = trigger
  pop.title.textContent = titleText
  pop.body.textContent = ""
  fill(pop.body)
  pop.root.showPopover()
  place(pop.root, trigger)
  pop.root.focus({ preventScroll: true })
}

function fillSources(body, marker) {
  var ids = (marker.getAttribute("data-cites") || "").split(" ").filter(Boolean)
  var list = element("ol", "vm-popover__sources")
  ids.forEach(function (id) {
    var note = document.getElementById("cite-" + id)
    if (!note) return
    var item = element("li")
    item.value = Number(note.getAttribute("value")) || 0
    Array.prototype.forEach.call(note.childNodes, function (child) { item.appendChild(child.cloneNode(true)) })
    list.appendChild(item)
  })
  body.appendChild(list)
  var block = document.getElementById("page-sources")
  if (block) {
    var all = element("a", "vm-popover__more", labels.cite_all)
    all.href = "#page-sources"
    all.addEventListener("click", function () {
      block.open = true
      popover.root.hidePopover()
    })
    var line = element("p")
    line.appendChild(all)
    body.appendChild(line)
  }
}

function fillTerm(body, term) {
  body.appendChild(element("p", "vm-popover__text", term.getAttribute("title") || ""))
  if (term.hasAttribute("href")) {
    var more = element("a", "vm-popover__more", labels.term_more)
    more.href = term.getAttribute("href")
    var line = element("p")
    line.appendChild(more)
    body.appendChild(line)
  }
}

function openInPlace(target) {
  var marker = target.closest(".vm-cite a[data-cites]")
  if (marker) {
    var count = marker.getAttribute("data-cites").split(" ").filter(Boolean).length
    var title = count > 1 ? (labels.cite_many || "").replace("{count}", count) : labels.cite_one
    show(marker, title, function (body) { fillSources(body, marker) })
    return true
  }
  var term = target.closest(".vm-term")
  if (term) {
    show(term, term.textContent, function (body) { fillTerm(body, term) })
    return true
  }
  return false
}

if (supportsPopover) {
  document.addEventListener("click", function (event) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey ||
        event.altKey || !(event.target instanceof Element)) return
    if (event.target.closest("#vm-popover")) return
    if (openInPlace(event.target)) event.preventDefault()
  })
  // A term without a glossary entry is a <span>: with the script, it works as a button.
  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("span.vm-term"), function (term) {
      term.setAttribute("role", "button")
      term.tabIndex = 0
      term.addEventListener("keydown", function (event) {
        if (event.key !== "Enter" && event.key !== " ") return
        event.preventDefault()
        openInPlace(term)
      })
    })
  }, { once: true })
}

// 2. The language switch keeps the reader's place

function readersAnchor() {
  if (location.hash.length > 1) return location.hash
  var header = document.querySelector(".md-header")
  var line = (header ? header.getBoundingClientRect().bottom : 0) + 16
  var current = ""
  var headings = document.querySelectorAll(".md-content h2[id], .md-content h3[id], .md-content h4[id]")
  for (var i = 0; i < headings.length; i++) {
    var box = headings[i].getBoundingClientRect()
    if (!box.height) continue // in a folded part: not where the reader is
    if (box.top > line) break
    current = headings[i].id
  }
  return current ? "#" + encodeURIComponent(current) : ""
}

function keepPlace(event) {
  var link = event.target instanceof Element && event.target.closest("a.vm-lang-switch")
  if (!link) return
  link.href = link.href.split("#")[0] + readersAnchor()
}
["pointerdown", "focusin", "click", "contextmenu"].forEach(function (type) {
  document.addEventListener(type, keepPlace, true)
})

// 3. Search hands a name over to the insurer lookup

document.addEventListener("DOMContentLoaded", function () {
  var query = document.querySelector("input[data-md-component='search-query']")
  var result = document.querySelector("[data-md-component='search-result']")
  var lookup = script && script.getAttribute("data-lookup")
  var config = document.getElementById("__config")
  if (!query || !result || !lookup || !config) return
  var meta = result.querySelector(".md-search-result__meta")
  var list = result.querySelector(".md-search-result__list")
  if (!meta || !list) return
  var none = (JSON.parse(config.textContent).translations || {})["search.result.none"]
  var table = new URL(lookup, location.href)
  table.hash = script.getAttribute("data-table-anchor") || ""

  var offer = element("div", "vm-search-lookup")
  offer.hidden = true
  var lead = element("p", "vm-search-lookup__lead", labels.search_lookup_lead)
  var link = element("a", "vm-search-lookup__link")
  // Material's Enter key opens the result whose first child has the best data-md-score: this offer,
  // shown when nothing else was found or when the insurer table is among the results. A page that
  // merely names the insurer (an update) may rank above the table; the lookup answers better.
  var text = element("span")
  link.appendChild(text)
  offer.appendChild(lead)
  meta.insertAdjacentElement("afterend", offer)

  function update() {
    var name = query.value.trim()
    var found = list.children.length > 0
    var nothing = !found && meta.textContent.trim() === none
    var insurers = found && Array.prototype.some.call(list.querySelectorAll("a[href]"), function (a) {
      var url = new URL(a.href, location.href)
      return url.pathname === table.pathname && url.hash === table.hash
    })
    var wanted = name.length >= 2 && !/\d/.test(name) && (nothing || insurers)
    offer.hidden = !wanted
    lead.hidden = !nothing
    // Material's arrow keys go through every [href] of the results, hidden or not; and a link
    // without an address is one that search engines cannot follow (Lighthouse's SEO audit
    // "crawlable-anchors"). So the link is in the page only while it is offered, with its address.
    if (!wanted) {
      link.remove()
      return
    }
    text.setAttribute("data-md-score", "Infinity")
    var target = new URL(lookup, location.href)
    target.hash = LOOKUP_HASH_PREFIX + encodeURIComponent(name)
    link.href = target.href
    if (!link.parentNode) offer.appendChild(link)
    text.textContent = (labels.search_lookup || "").replace("{query}", name)
  }
  new MutationObserver(update).observe(meta, { childList: true, characterData: true, subtree: true })
  new MutationObserver(update).observe(list, { childList: true })
  query.addEventListener("input", update)
}, { once: true })
