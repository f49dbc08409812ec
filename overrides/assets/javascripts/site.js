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
 *    labels) or Space opens the drawer and moves the focus into it; Escape closes it and gives the
 *    focus back. The search dialog gets a name.
 */
(function () {
  "use strict"

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
    toggle.addEventListener("change", function () {
      button.setAttribute("aria-expanded", String(toggle.checked))
      var first = toggle.checked && document.activeElement === button && drawer.querySelector("a[href]")
      if (first) first.focus()
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
