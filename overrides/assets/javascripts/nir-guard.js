/*
 * NIR guard, on every page (loaded by site.js at the reader's first gesture): the site never needs a social-security number (NIR), so a
 * field that holds one gets a visible warning telling the reader not to share it. Nothing is sent
 * or stored; the value is only read to decide whether to show the warning.
 *
 * It watches every text field of the page, present or added later, with one listener: form
 * authors attach nothing. To choose where the warning appears, put an empty element
 *   <div data-nir-warning-for="FIELD-ID"></div>
 * where it should go; otherwise it goes right after the field (at the top of the results for
 * Material's search field). The warning is a role="alert" paragraph, announced by screen readers,
 * and the field points at it with aria-describedby.
 *
 * A form that shows its own warning (say, with a choice to keep the value) points the field at an
 * element of class "vm-nir-warning" with aria-describedby, shows it for the same values, and this
 * script leaves that field alone. tests/browser/test_security.py holds every field to this.
 *
 * What looks like a NIR is nir.js's one rule. An ES module (deferred): the listener is on the document,
 * so fields present or added later are all watched; a module has no document.currentScript, so the
 * message is read from the script element that carries it.
 */
import { looksLikeNir } from "./nir.js"

(function () {
  "use strict"

  var script = document.querySelector("script[data-nir-message]")
  var message = (script && script.getAttribute("data-nir-message")) ||
    "Never give your social security number here."
  var TEXT_TYPES = ["", "text", "search", "tel", "email", "url", "number", "password"]
  var counter = 0

  function isTextField(element) {
    if (element instanceof HTMLTextAreaElement) return true
    return element instanceof HTMLInputElement && TEXT_TYPES.indexOf(element.type) !== -1
  }

  function warningFor(field) {
    var id = field.getAttribute("data-nir-warning")
    return id ? document.getElementById(id) : null
  }

  function show(field) {
    if (warningFor(field)) return
    var warning = document.createElement("p")
    warning.id = (field.id || "vm-field-" + (++counter)) + "-nir-warning"
    warning.className = "vm-nir-warning"
    warning.setAttribute("role", "alert")
    warning.textContent = message
    var slot = field.id && document.querySelector('[data-nir-warning-for="' + CSS.escape(field.id) + '"]')
    // Material's search results panel covers what follows the search field: go on top of it.
    var results = field.closest(".md-search") && field.closest(".md-search").querySelector(".md-search__scrollwrap")
    if (slot) slot.appendChild(warning)
    else if (results) results.insertBefore(warning, results.firstChild)
    else field.insertAdjacentElement("afterend", warning)
    field.setAttribute("data-nir-warning", warning.id)
    var described = (field.getAttribute("aria-describedby") || "").split(/\s+/).filter(Boolean)
    field.setAttribute("aria-describedby", described.concat(warning.id).join(" "))
  }

  function hide(field) {
    var warning = warningFor(field)
    if (!warning) return
    var described = (field.getAttribute("aria-describedby") || "").split(/\s+/)
      .filter(function (id) { return id && id !== warning.id })
    if (described.length) field.setAttribute("aria-describedby", described.join(" "))
    else field.removeAttribute("aria-describedby")
    field.removeAttribute("data-nir-warning")
    warning.remove()
  }

  function hasOwnWarning(field) {
    return (field.getAttribute("aria-describedby") || "").split(/\s+/).some(function (id) {
      var element = id && document.getElementById(id)
      return element && element.classList.contains("vm-nir-warning") && id !== field.getAttribute("data-nir-warning")
    })
  }

  function check(event) {
    var field = event.target
    if (!isTextField(field) || hasOwnWarning(field)) return
    if (looksLikeNir(field.value)) show(field)
    else hide(field)
  }

  document.addEventListener("input", check, true)
  document.addEventListener("change", check, true)
  // site.js loads this script at the reader's first gesture: a field filled before it ran.
  Array.prototype.forEach.call(document.querySelectorAll("input, textarea"), function (field) {
    if (field.value) check({ target: field })
  })
})()
