/*
 * Runs before Material's bundle (see main.html), on every page. No storage, no request of its own.
 *
 * 1. Search: Material starts its search worker from the URL in #__config. We point it at our
 *    wrapper (workers/search-worker.js), telling it the page language's index and Material's own
 *    worker. The wrapper makes search accent-insensitive and per-language, and loads the index
 *    only when the reader first types a query.
 * 2. Language switch: Material requests "sitemap.xml" next to every <link rel="alternate"> (hreflang
 *    links and feeds alike). Next to a page or a feed that is a 404 (and, before the site is
 *    deployed, a request to the production host). The links are hidden from that one
 *    DOMContentLoaded lookup and put back right after; the language switch is a plain link to the
 *    twin page and needs no sitemap.
 * 3. Keyboard: Material's menu button (narrow screens) is a <label> for a hidden checkbox, which a
 *    keyboard cannot reach. It becomes a focusable button: Enter (handled by Material for focused
 *    labels) or Space opens the drawer and moves the focus into the open panel; Escape closes it
 *    and gives the focus back. Inside, the title of a section's panel (which goes back up) becomes
 *    focusable too, and opening or closing a section moves the focus with the panel, since the
 *    element that had it slides out of view (site.css hides what is covered). preventScroll: the
 *    panel is still off-screen when it gets the focus, and scrolling the menu to it would leave the
 *    menu shifted once the slide ends. The search dialog gets a name.
 * 4. Scripts that only matter once the reader does something load at their first gesture (a scroll,
 *    a tap, a key, a field focused), not with the page (BENCHMARKS.md, section 4): main.html lists
 *    them in data-on-first-use, each with its attributes (the "Cite this page" box's cite-page.js;
 *    the NIR guard nir-guard.js, a module, with its data-nir-message).
 * What the page's links do (sources and terms in place, the language switch, search to lookup) is
 * page-links.js's, a module: nothing there has to run before the bundle.
 */
(function () {
  "use strict"

  var script = document.currentScript
  var onFirstUse = []
  try {
    onFirstUse = JSON.parse((script && script.getAttribute("data-on-first-use")) || "[]")
  } catch (error) {
    onFirstUse = []
  }
  var GESTURES = ["scroll", "pointerdown", "keydown", "focusin", "touchstart"]
  function loadOnFirstUse() {
    GESTURES.forEach(function (type) { window.removeEventListener(type, loadOnFirstUse, true) })
    onFirstUse.forEach(function (entry) {
      var tag = document.createElement("script")
      if (entry.module) tag.type = "module"
      Object.keys(entry.attributes || {}).forEach(function (name) { tag.setAttribute(name, entry.attributes[name]) })
      tag.src = entry.src
      document.head.appendChild(tag)
    })
  }
  if (onFirstUse.length) {
    GESTURES.forEach(function (type) { window.addEventListener(type, loadOnFirstUse, { capture: true, passive: true }) })
  }

  var element = document.getElementById("__config")
  if (element) {
    var config = JSON.parse(element.textContent)
    var root = new URL(config.base, location.href)
    var language = document.documentElement.lang || "fr"
    var worker = new URL("assets/javascripts/workers/search-worker.js", root)
    worker.searchParams.set("worker", new URL(config.search, location.href).href)
    worker.searchParams.set("index", new URL("search/search_index." + language + ".json", root).href)
    config.search = worker.href
    element.textContent = JSON.stringify(config)
  }

  document.addEventListener("DOMContentLoaded", function () {
    var links = Array.prototype.slice.call(document.querySelectorAll('link[rel="alternate"]'))
    links.forEach(function (link) { link.setAttribute("rel", "x-alternate") })
    setTimeout(function () {
      links.forEach(function (link) { link.setAttribute("rel", "alternate") })
    }, 0)
  }, { once: true })

  document.addEventListener("DOMContentLoaded", function () {
    var toggle = document.getElementById("__drawer")
    var button = document.querySelector('label.md-header__button[for="__drawer"]')
    var drawer = document.querySelector(".md-sidebar--primary")
    var nav = document.querySelector("nav.md-nav--primary")
    var search = document.querySelector(".md-search[role='dialog']")
    var query = document.querySelector("input.md-search__input")
    if (search && query) search.setAttribute("aria-label", query.getAttribute("aria-label"))
    if (!toggle || !button || !drawer) return

    button.setAttribute("role", "button")
    button.setAttribute("tabindex", "0")
    button.setAttribute("aria-label", (nav && nav.getAttribute("aria-label")) || "Menu")
    button.setAttribute("aria-expanded", String(toggle.checked))
    var narrow = window.matchMedia("(max-width: 76.234375em)")
    var panelTitles = drawer.querySelectorAll('.md-nav--primary label.md-nav__title:not([for="__drawer"])')
    Array.prototype.forEach.call(panelTitles, function (title) {
      title.setAttribute("tabindex", "0")
      title.setAttribute("role", "button")
    })
    var firstIn = function (panel) {
      return panel && panel.querySelector("label.md-nav__title[tabindex], a[href], label[tabindex]")
    }
    var openPanel = function () {
      var open = drawer.querySelectorAll(".md-nav__toggle:checked")
      return open.length ? open[open.length - 1].parentElement.querySelector(":scope > nav") : drawer
    }
    toggle.addEventListener("change", function () {
      button.setAttribute("aria-expanded", String(toggle.checked))
      var first = toggle.checked && document.activeElement === button && firstIn(openPanel())
      if (first) first.focus({ preventScroll: true })
    })
    drawer.addEventListener("change", function (event) {
      var section = event.target
      if (!narrow.matches || !section.classList.contains("md-nav__toggle")) return
      if (!drawer.contains(document.activeElement)) return
      var next = section.checked
        ? firstIn(section.parentElement.querySelector(":scope > nav"))
        : drawer.querySelector('label.md-nav__link[for="' + section.id + '"]')
      if (next) next.focus({ preventScroll: true })
    })
    // Material already clicks a focused <label> on Enter; Space is the other key of a button.
    button.addEventListener("keydown", function (event) {
      if (event.key !== " ") return
      event.preventDefault()
      button.click()
    })
    drawer.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || !toggle.checked) return
      toggle.click()
      button.focus()
    })
  }, { once: true })
})()
