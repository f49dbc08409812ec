"""7. Insurer lookup: keystroke-to-result time in Chromium with 10,000 insurers.

Real keystrokes (Playwright's keyboard, i.e. Chromium's input pipeline), typed into the lookup field
of /suis-je-concerne/ once its data has loaded. For each keystroke, measured in the page from the
keydown event's own timestamp:

- "result laid out": until the lookup's input handler has run and the results are laid out (a
  listener registered after the lookup's forces layout and reads the clock). This is the work the
  page does for a keystroke.
- "next frame": until the first task after the next animation frame, i.e. until the browser has
  had its chance to paint the result. It includes the wait for the display's next frame (up to
  16.7 ms at 60 Hz in headless Chromium), which no code of ours can shorten.

Every word typed is new to the lookup's cache (it is forgotten before each query), as for a reader.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable

from benchmarks.weight import chromium

QUERIES = ["assureur synthetique 04242", "as0999", "synthetiqe", "mutuele generle", "malakof humanis",
           "lamutuellegenerale", "ag2r la mondiale", "harmonie mutuelle"]
ROUNDS = 3
INSTRUMENT = """() => {
  const field = document.getElementById("vm-lookup-field")
  const list = document.getElementById("vm-lookup-results")
  window.vmBench = {records: [], started: 0}
  document.addEventListener("keydown", event => { window.vmBench.started = event.timeStamp }, true)
  field.addEventListener("input", () => {  // after the lookup's own listener (registered at load)
    const started = window.vmBench.started
    void list.offsetHeight
    const laidOut = performance.now()
    requestAnimationFrame(() => setTimeout(() => {
      window.vmBench.records.push({laid_out: laidOut - started, frame: performance.now() - started,
                                   value: field.value, results: list.children.length})
    }, 0))
  })
}"""
FORGET = """async (query) => {
  const root = document.getElementById("vm-lookup"), field = document.getElementById("vm-lookup-field")
  field.value = ""
  field.dispatchEvent(new Event("input", {bubbles: true}))
  for (const word of query.split(" "))
    for (let i = 1; i <= word.length; i++) root.vmLookup.forget(word.slice(0, i))
  await new Promise(done => requestAnimationFrame(() => setTimeout(done, 50)))  // the clearing's record
  window.vmBench.records = []
}"""


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def keystroke_latency(url: str, insurers_in_data: int, say: Callable[[str], None],
                      lookup_json: str | None = None) -> dict:
    """``url``: the lookup page. ``lookup_json``: if given, served in place of the page's own data."""
    laid_out: list[float] = []
    frame: list[float] = []
    with chromium() as browser:
        context = browser.new_context(viewport={"width": 412, "height": 823}, is_mobile=True, has_touch=True)
        page = context.new_page()
        if lookup_json is not None:
            page.route("**/lookup/insurers.json", lambda route: route.fulfill(
                status=200, content_type="application/json", body=lookup_json))
        page.goto(url, wait_until="networkidle")
        field = page.locator("#vm-lookup-field")
        field.focus()
        page.wait_for_function("() => document.getElementById('vm-lookup').vmLookup?.search('as') != null",
                               timeout=60_000)
        field.evaluate("element => element.scrollIntoView({block: 'start'})")
        page.evaluate(INSTRUMENT)
        for _ in range(ROUNDS):
            for query in QUERIES:
                page.evaluate(FORGET, query)
                field.focus()
                page.keyboard.type(query, delay=60)
                page.wait_for_timeout(150)
                records = page.evaluate("window.vmBench.records")
                if len(records) != len(query):
                    raise RuntimeError(f"{len(records)} input events for {len(query)} keystrokes of {query!r}")
                laid_out += [record["laid_out"] for record in records]
                frame += [record["frame"] for record in records]
        context.close()
    out = {}
    for name, values in (("laid_out", laid_out), ("frame", frame)):
        out[name] = {"median": statistics.median(values), "p95": _percentile(values, 0.95),
                     "max": max(values), "min": min(values), "n": len(values),
                     "within_16ms": sum(value <= 16 for value in values) / len(values)}
    out["insurers"] = insurers_in_data
    out["queries"] = QUERIES
    out["rounds"] = ROUNDS
    say(f"  result laid out: median {out['laid_out']['median']:.1f} ms, p95 {out['laid_out']['p95']:.1f} ms; "
        f"next frame: median {out['frame']['median']:.1f} ms")
    return out
