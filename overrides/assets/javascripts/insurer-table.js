/*
 * The insurer table on "Suis-je concerné ?" (overrides/fragments/insurer-table.html).
 * Without this script every row is shown. With it: the controls appear, the columns "insurer" and
 * "operator" sort on click, a select filters by operator, and rows are shown a page at a time, so
 * that 10,000 rows stay usable. Nothing is stored and nothing is requested.
 */
(function () {
  "use strict"

  var box = document.getElementById("vm-insurers")
  var table = document.getElementById("vm-insurer-table")
  if (!box || !table) return

  // The schema's order of the operators, written by the build (factbase.data.insurers): no copy here.
  var OPERATOR_ORDER = (box.getAttribute("data-operator-order") || "").split(" ")
  var pageSize = parseInt(box.getAttribute("data-page-size"), 10) || 50
  var body = table.tBodies[0]
  var rows = Array.prototype.slice.call(body.rows)
  var controls = box.querySelector(".vm-insurers__controls")
  var filter = document.getElementById("vm-insurer-filter")
  var status = document.getElementById("vm-insurer-status")
  var pager = box.querySelector(".vm-insurers__pager")
  var state = { page: 0, key: "name", ascending: true }

  function operators(row) {
    return (row.getAttribute("data-operators") || "").split(" ")
  }

  function matches(row, wanted) {
    if (!wanted) return true
    var present = operators(row)
    if (wanted === "both") return present.indexOf("viamedis") >= 0 && present.indexOf("almerys") >= 0
    return present.indexOf(wanted) >= 0
  }

  function operatorRank(row) {
    return operators(row).map(function (key) {
      var rank = OPERATOR_ORDER.indexOf(key)
      return String.fromCharCode(65 + (rank < 0 ? 9 : rank))
    }).join("")
  }

  function sortValue(row) {
    return state.key === "operator" ? operatorRank(row) : row.getAttribute("data-sort-name") || ""
  }

  function compare(a, b) {
    var x = sortValue(a)
    var y = sortValue(b)
    var result = x < y ? -1 : x > y ? 1 : 0
    if (result === 0) result = (a.getAttribute("data-sort-name") || "") < (b.getAttribute("data-sort-name") || "") ? -1 : 1
    return state.ascending ? result : -result
  }

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, name) { return values[name] })
  }

  function render() {
    var wanted = filter.value
    var shown = rows.filter(function (row) { return matches(row, wanted) })
    var pages = Math.max(1, Math.ceil(shown.length / pageSize))
    state.page = Math.min(state.page, pages - 1)
    var first = state.page * pageSize
    var visible = new Set(shown.slice(first, first + pageSize))
    rows.forEach(function (row) { row.hidden = !visible.has(row) })
    var text = format(box.getAttribute("data-label-count"), { shown: shown.length, total: rows.length })
    if (pages > 1) text += " · " + format(box.getAttribute("data-label-page"), { page: state.page + 1, pages: pages })
    status.textContent = text
    pager.hidden = pages <= 1
    pager.querySelector('[data-page-step="-1"]').disabled = state.page === 0
    pager.querySelector('[data-page-step="1"]').disabled = state.page >= pages - 1
  }

  function sortBy(key) {
    state.ascending = state.key === key ? !state.ascending : true
    state.key = key
    rows.sort(compare)
    var fragment = document.createDocumentFragment()
    rows.forEach(function (row) { fragment.appendChild(row) })
    body.appendChild(fragment)
    table.querySelectorAll("th[data-sort-key]").forEach(function (th) {
      th.setAttribute("aria-sort", th.getAttribute("data-sort-key") !== key ? "none"
        : state.ascending ? "ascending" : "descending")
    })
    state.page = 0
    render()
  }

  // Each sortable header gets a button: a real control, reachable with the keyboard.
  table.querySelectorAll("th[data-sort-key]").forEach(function (th) {
    var button = document.createElement("button")
    button.type = "button"
    button.className = "vm-sort"
    button.textContent = th.textContent
    th.textContent = ""
    th.appendChild(button)
    th.setAttribute("aria-sort", th.getAttribute("data-sort-key") === state.key ? "ascending" : "none")
    button.addEventListener("click", function () { sortBy(th.getAttribute("data-sort-key")) })
  })

  filter.addEventListener("change", function () { state.page = 0; render() })
  pager.addEventListener("click", function (event) {
    var step = event.target.closest("[data-page-step]")
    if (!step) return
    state.page += parseInt(step.getAttribute("data-page-step"), 10)
    render()
    table.scrollIntoView({ block: "start" })
  })
  controls.hidden = false
  render()
})()
