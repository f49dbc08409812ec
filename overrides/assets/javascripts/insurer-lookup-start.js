/*
 * The insurer lookup's first part, on the pages that hold [[generated:insurer-lookup]]: an ES module
 * (front matter `modules:`), small, so that a page view does not fetch the lookup itself
 * (BENCHMARKS.md, section 4). It shows the form (hidden without JavaScript), hides Material's
 * back-to-top button while it would cover the field, and when the reader first
 * focuses the field, types into it, submits it or arrives with #lookup=<name>, it imports
 * insurer-lookup.js (the field, the matching, the answer) and, at the same moment, requests the
 * lookup data, which insurer-lookup.js then reads (root.vmLookupRequest). What the reader did in
 * the meantime is answered once it has loaded: the typed text, or Enter (root.vmLookupSubmitted).
 */
import { LOOKUP_HASH_PREFIX } from "./page-links.js"

const root = document.getElementById("vm-lookup")
if (root) prepare(root)

function prepare (root) {
  const form = root.querySelector(".vm-lookup__form")
  const field = document.getElementById("vm-lookup-field")
  let started = null
  function begin () {
    if (started) return
    root.vmLookupRequest = fetch(root.getAttribute("data-src"), { credentials: "same-origin" })
    // A failed request is insurer-lookup.js's to report, once it reads it.
    root.vmLookupRequest.catch(() => {})
    started = import("./insurer-lookup.js")
  }
  const fromAddress = () => { if (location.hash.startsWith(LOOKUP_HASH_PREFIX)) begin() }

  field.addEventListener("focus", begin)
  field.addEventListener("input", begin)
  form.addEventListener("submit", (event) => {
    event.preventDefault()  // the answer is drawn in the page: nothing is sent
    if (root.vmLookup) return  // loaded: insurer-lookup.js answers
    root.vmLookupSubmitted = true
    begin()
  })
  window.addEventListener("hashchange", fromAddress)
  form.hidden = false
  keepUncovered(form, field)
  fromAddress()
}

/* Material's back-to-top button appears under the header when the reader scrolls up: hidden while
   it would cover the field. */
function keepUncovered (form, field) {
  const topButton = document.querySelector(".md-top")
  if (!topButton) return
  let check = 0
  function keepFieldUncovered () {
    check = 0
    const button = topButton.getBoundingClientRect()
    const box = field.getBoundingClientRect()
    const covers = !form.hidden && box.top < button.bottom + 8 && box.bottom > button.top - 8
    document.documentElement.classList.toggle("vm-lookup-covers-top", covers)
  }
  function schedule () {
    if (!check) check = requestAnimationFrame(keepFieldUncovered)
  }
  window.addEventListener("scroll", schedule, { passive: true })
  window.addEventListener("resize", schedule, { passive: true })
  keepFieldUncovered()
}
