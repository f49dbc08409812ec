/*
 * "Cite this page" (overrides/fragments/cite-page.html), on every page: the page's address with the
 * anchor of the section the reader is on, and a suggested citation with today's date, to copy.
 *
 * The section follows the reader: a link or a permalink followed (the #anchor), or, once they scroll,
 * the last heading above the top third of the window. While the box itself is in view the section stays
 * as it was, since reaching the foot of the page passes every heading; the list lets the reader pick
 * another one, and then their choice stands until they follow a link. No storage, no request, and
 * text only: nothing is written as HTML. The templates are the site's (factbase/render/social.py fills the
 * same ones for readers without JavaScript).
 */
(function () {
  "use strict"

  var box = document.getElementById("vm-cite-this")
  if (!box) return
  var part = function (name) { return document.getElementById("vm-cite-this-" + name) } // the fragment's ids
  var select = part("section")
  var urlSlot = part("url")
  var textSlot = part("text")
  var status = part("status")
  var button = part("copy")
  var data = box.dataset
  var article = box.closest("article") || document
  var headings = Array.prototype.filter.call(article.querySelectorAll("h2[id], h3[id]"), function (heading) {
    return !box.contains(heading)
  })
  var chosen = false
  var pending = false

  function fill (template, values) {
    return template.replace(/\{([a-z_]+)\}/g, function (match, name) { return values[name] })
  }

  // A heading's words without its permalink; a date shown above a title is kept before it.
  function headingText (heading) {
    var copy = heading.cloneNode(true)
    Array.prototype.forEach.call(copy.querySelectorAll(".headerlink"), function (link) { link.remove() })
    Array.prototype.forEach.call(copy.querySelectorAll(".vm-event__date, .vm-action__when"), function (when) {
      when.append(" \u2014 ")
    })
    return copy.textContent.replace(/\s+/g, " ").trim()
  }

  // The same form as factbase.text.localized.format_date: "1er décembre 2026", "2 December 2026".
  function today () {
    var now = new Date()
    var day = now.getDate() === 1 ? data.firstDay : String(now.getDate())
    return day + " " + data.months.split(",")[now.getMonth()] + " " + now.getFullYear()
  }

  function render () {
    var heading = select.value ? document.getElementById(select.value) : null
    var url = data.url + (heading ? "#" + heading.id : "")
    urlSlot.textContent = url
    textSlot.textContent = fill(data.template, {
      site: data.site,
      page: data.page,
      section: heading ? fill(data.sectionTemplate, { section: headingText(heading) }) : "",
      reviewed: data.reviewed,
      url: url,
      accessed: today()
    })
    status.textContent = ""
  }

  function show (id) {
    if (select.value === id) return
    select.value = id
    render()
  }

  // The heading of the part of the page that holds the element (itself, when it is a heading).
  function sectionOf (element) {
    var found = ""
    headings.forEach(function (heading) {
      if (heading === element || heading.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) {
        found = heading.id
      }
    })
    return found
  }

  function followHash () {
    var id = decodeURIComponent(location.hash.slice(1))
    var target = id && document.getElementById(id)
    if (!target || box.contains(target)) return
    chosen = false
    show(sectionOf(target))
  }

  // A heading folded away in a closed <details> (a folded page section) is not on the screen; the
  // heading in a <summary> is.
  function shown (heading) {
    var closed = heading.closest("details:not([open])")
    var summary = closed && closed.querySelector(":scope > summary")
    return heading.getClientRects().length > 0 && (!closed || (summary && summary.contains(heading)))
  }

  function followScroll () {
    pending = false
    if (chosen || box.getBoundingClientRect().top < window.innerHeight) return
    var line = window.innerHeight / 3
    var found = ""
    // At the top of the page, before any scrolling, the reader is on the page as a whole.
    if (window.scrollY > 0) {
      headings.forEach(function (heading) {
        if (shown(heading) && heading.getBoundingClientRect().top <= line) found = heading.id
      })
    }
    show(found)
  }

  headings.forEach(function (heading) {
    var option = document.createElement("option")
    option.value = heading.id
    option.textContent = (heading.tagName === "H3" ? "\u2003" : "") + headingText(heading)
    select.appendChild(option)
  })
  select.addEventListener("change", function () {
    chosen = true
    render()
  })
  button.addEventListener("click", function () {
    var text = textSlot.textContent
    var done = function () { status.textContent = data.msgCopied }
    var failed = function () {
      status.textContent = data.msgCopyFailed
      window.getSelection().selectAllChildren(textSlot)
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, failed)
    } else {
      failed()
    }
  })
  window.addEventListener("hashchange", followHash)
  window.addEventListener("scroll", function () {
    if (!pending) {
      pending = true
      window.requestAnimationFrame(followScroll)
    }
  }, { passive: true })
  Array.prototype.forEach.call(box.querySelectorAll("[hidden]"), function (element) { element.hidden = false })
  render()
  if (location.hash) followHash()
  else followScroll()
})()
