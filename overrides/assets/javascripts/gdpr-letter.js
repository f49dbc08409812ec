/*
 * The GDPR access-request letter (lettre-rgpd pages; markup in overrides/fragments/gdpr-letter.html).
 *
 * Everything happens in this page: nothing is sent, nothing is stored (no cookie, no web storage),
 * and the form is emptied when the page is left, so that the browser does not restore it.
 * Values reach the letter through textContent only. Messages come from the markup (data-msg-*),
 * in the page's language.
 */
import { looksLikeNir } from "./nir.js"

(function () {
  "use strict"

  var tool = document.getElementById("vm-letter-tool")
  if (!tool) return
  var form = document.getElementById("vm-letter-form")
  var letter = document.getElementById("vm-letter")
  var status = document.getElementById("vm-letter-status")
  var notes = document.getElementById("vm-letter-notes")
  var fields = {
    name: document.getElementById("vm-letter-name"),
    address: document.getElementById("vm-letter-address"),
    insurer: document.getElementById("vm-letter-insurer"),
    member: document.getElementById("vm-letter-member")
  }
  var nameError = document.getElementById("vm-letter-name-error")
  var memberWarning = document.getElementById("vm-letter-member-warning")
  var memberConfirm = document.getElementById("vm-letter-member-confirm")
  var mailLink = tool.querySelector('[data-action="mail"]')

  // What each slot shows while its field is empty: the [placeholder] of the markup.
  var slots = Array.prototype.slice.call(tool.querySelectorAll("[data-slot]"))
  slots.forEach(function (slot) { slot.setAttribute("data-placeholder", slot.textContent) })

  /* A member number shaped like a social-security number (nir.js, the site-wide warning's rule too)
     is possible, so the reader decides whether it goes into the letter. */

  function clean (value) {
    // eslint-disable-next-line no-control-regex -- removing these control characters is the point
    return value.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, "").trim()
  }

  // The months as Intl.DateTimeFormat("fr-FR", { month: "long" }) writes them. Not Intl itself: a
  // formatter took about 50 ms to build (its locale data), on each render, the first one included,
  // which Lighthouse counted as blocking time on the letter page.
  var MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre"]

  function frenchDate (date) {
    var day = date.getDate()
    return (day === 1 ? "1er" : String(day)) + " " + MONTHS[date.getMonth()] + " " + date.getFullYear()
  }

  function values () {
    var member = clean(fields.member.value)
    var nirLike = member !== "" && looksLikeNir(member)
    return {
      name: clean(fields.name.value).replace(/\s+/g, " "),
      address: clean(fields.address.value).split(/\n/).map(function (line) {
        return line.trim()
      }).filter(Boolean).join("\n"),
      insurer: clean(fields.insurer.value).replace(/\s+/g, " "),
      member: nirLike && !memberConfirm.checked ? "" : member,
      date: frenchDate(new Date()),
      nirLike: nirLike
    }
  }

  function render () {
    var current = values()
    slots.forEach(function (slot) {
      var value = current[slot.getAttribute("data-slot")]
      slot.textContent = value || slot.getAttribute("data-placeholder")
      slot.classList.toggle("vm-letter__missing", !value)
    })
    Array.prototype.forEach.call(tool.querySelectorAll("[data-when]"), function (element) {
      element.hidden = !current[element.getAttribute("data-when")]
    })
    Array.prototype.forEach.call(tool.querySelectorAll("[data-unless]"), function (element) {
      element.hidden = Boolean(current[element.getAttribute("data-unless")])
    })
    memberWarning.hidden = !current.nirLike
    if (!current.nirLike) memberConfirm.checked = false
    if (current.name) showNameError(false)
    mailLink.href = current.name ? mailto(current) : "#vm-letter"
    return current
  }

  function showNameError (show) {
    nameError.hidden = !show
    if (show) fields.name.setAttribute("aria-invalid", "true")
    else fields.name.removeAttribute("aria-invalid")
  }

  /* The letter as plain text: its visible parts, in order, a blank line between paragraphs and a
     dash before each list item. Reading aids are not parts, so they are left out. */
  function letterText () {
    return Array.prototype.filter.call(letter.querySelectorAll("[data-part]"), function (part) {
      return !part.hidden
    }).map(function (part) {
      if (part.tagName === "UL") {
        return Array.prototype.map.call(part.querySelectorAll("li"), function (item) {
          return "- " + item.innerText.trim()
        }).join("\n")
      }
      return part.innerText.trim()
    }).join("\n\n")
  }

  function mailto () {
    return "mailto:?subject=" + encodeURIComponent(tool.getAttribute("data-mail-subject")) +
      "&body=" + encodeURIComponent(letterText())
  }

  function say (key) {
    status.textContent = ""
    // A fresh text node, a moment later, so that the same message is announced again.
    setTimeout(function () { status.textContent = tool.getAttribute("data-msg-" + key) }, 50)
  }

  /* The letter is signed with the name: without it, no action runs, and the reader is told why
     and taken to the field. */
  function ready () {
    var current = render()
    if (current.name) return true
    showNameError(true)
    say("name-missing")
    fields.name.focus()
    return false
  }

  function copy () {
    if (!ready()) return
    var text = letterText()
    var done = function () { say("copied") }
    var failed = function () { say("copy-failed") }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, failed)
    } else {
      failed()
    }
  }

  function print () {
    if (!ready()) return
    document.documentElement.classList.add("vm-printing-letter")
    window.print()
  }

  /* The insurer field offers the names of the site's insurer list, read from the lookup's data
     file (this site's own static file) the first time the field is focused. */
  function offerInsurerNames () {
    var source = fields.insurer.getAttribute("data-names-src")
    if (!source) return
    fields.insurer.removeEventListener("focus", offerInsurerNames)
    fetch(source, { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : { insurers: [] } })
      .then(function (data) {
        var list = document.getElementById(fields.insurer.getAttribute("list"))
        var fragment = document.createDocumentFragment()
        data.insurers.forEach(function (record) {
          var option = document.createElement("option")
          option.value = record[0]
          fragment.appendChild(option)
        })
        list.appendChild(fragment)
      })
      .catch(function () { /* the field still takes any name */ })
  }
  fields.insurer.addEventListener("focus", offerInsurerNames)

  window.addEventListener("afterprint", function () {
    document.documentElement.classList.remove("vm-printing-letter")
  })

  form.addEventListener("input", render)
  form.addEventListener("change", render)
  form.addEventListener("submit", function (event) { event.preventDefault() })
  tool.querySelector('[data-action="copy"]').addEventListener("click", copy)
  tool.querySelector('[data-action="print"]').addEventListener("click", print)
  mailLink.addEventListener("click", function (event) {
    if (!ready()) {
      event.preventDefault()
      return
    }
    say("mail-opened")
  })
  // Leaving the page empties the form, so that neither the back button nor a restored tab shows it.
  window.addEventListener("pagehide", function () { form.reset() })
  window.addEventListener("pageshow", function () { render() })

  form.hidden = false
  notes.hidden = false
  render()
})()
