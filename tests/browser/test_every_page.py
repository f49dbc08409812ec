"""On every kind of page of the built site, in both languages (BuiltSite.sample(), from the files),
in one visit each: no request to another host, no 4xx/5xx, no console error, no cookie, no web
storage, no axe-core violation at a phone and a desktop width, no sideways scrolling on the phone,
and readable type on the phone: the page's text at 16 px or more, and every text, grey ones
included, at a contrast of 4.5:1 or more. The same visit measures, on a phone, how many screens the
page takes as it first opens, and whether each citation marker has a tap target of its own.
"""

import contextlib
from dataclasses import dataclass, field

import pytest

from tests.browser.conftest import (
    DESKTOP,
    PHONE,
    axe_violations,
    describe_violations,
    recorded_page,
    sample_pages,
    start_axe,
)

pytestmark = pytest.mark.long  # started first: see tests/conftest.py, SCHEDULE

# The elements that stick out to the right of the viewport, outermost first (none when the page
# does not scroll sideways). Elements inside a horizontal scroller (wide tables, code) are fine.
WIDE_ELEMENTS = """() => {
  const width = document.documentElement.clientWidth
  if (document.documentElement.scrollWidth <= width) return []
  const scrolls = e => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(e).overflowX)
  const wide = []
  for (const element of document.body.querySelectorAll('*')) {
    if (element.getBoundingClientRect().right <= width + 1) continue
    let parent = element.parentElement
    while (parent && parent !== document.body && !scrolls(parent)) parent = parent.parentElement
    if (parent && parent !== document.body) continue
    const parentRight = element.parentElement.getBoundingClientRect().right
    if (parentRight > width + 1 && element.parentElement !== document.body) continue
    const classes = (element.getAttribute('class') || '').trim().split(/\\s+/).filter(Boolean)
    wide.push(element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') +
              classes.map(c => '.' + c).join('') +
              ` (right edge at ${Math.round(element.getBoundingClientRect().right)} px)`)
  }
  return wide.slice(0, 5)
}"""


# Readable type at 360 px (issue 15, item 9), from the computed styles of every element that holds
# text: the page's text (the article) at 16 px at least, citation markers apart (compact by design,
# with a 24 px tap target: tests/browser/test_sources_and_terms.py); and, for every text of the page,
# its colour over the backgrounds behind it (alpha and opacity blended) at 4.5:1, or 3:1 for large
# text (24 px, or 18.66 px bold). axe checks contrast too; this also sees text that axe leaves aside as
# "incomplete" (semi-transparent layers), and says which size or colour is at fault.
SMALL_OR_PALE_TEXT = """() => {
  const problems = []
  const rgba = value => (value.match(/[\\d.]+/g) || []).map(Number).concat([1]).slice(0, 4)
  const over = (top, bottom) => {
    const a = top[3] + bottom[3] * (1 - top[3])
    return a ? [0, 1, 2].map(i => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a).concat([a])
             : [255, 255, 255, 1]
  }
  const luminance = c => {
    const [r, g, b] = c.slice(0, 3).map(v => v / 255).map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  const backgroundOf = element => {
    const layers = []
    for (let e = element; e; e = e.parentElement) {
      const style = getComputedStyle(e)
      if (style.backgroundImage !== 'none') return null  // an image or gradient: not measurable here
      const colour = rgba(style.backgroundColor)
      if (colour[3] > 0) layers.push(colour)
      if (colour[3] >= 1) break
    }
    return layers.reduceRight((below, layer) => over(layer, below), [255, 255, 255, 1])
  }
  const article = document.querySelector('article.md-content__inner')
  const seen = new Set()
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement
    if (!node.textContent.trim() || seen.has(element) || element.closest('script, style, noscript, svg')) continue
    seen.add(element)
    const box = element.getBoundingClientRect()
    const style = getComputedStyle(element)
    const hidden = box.width <= 1 || box.height <= 1 || style.visibility !== 'visible'
    if (hidden || !element.getClientRects().length) continue
    const size = parseFloat(style.fontSize)
    const where = element.tagName.toLowerCase() + (element.className ? '.' + String(element.className).trim()
      .split(/\\s+/).join('.') : '') + ' "' + node.textContent.trim().slice(0, 40) + '"'
    if (article && article.contains(element) && size < 15.95 && !element.closest('sup.vm-cite')) {
      problems.push(`${where}: ${size} px`)
    }
    let opacity = 1
    for (let e = element; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity)
    const background = backgroundOf(element)
    if (!background || opacity < 0.1) continue
    const colour = rgba(style.color)
    colour[3] *= opacity
    const text = over(colour, background)
    const [light, dark] = [luminance(text), luminance(background)].sort((x, y) => y - x)
    const ratio = (light + 0.05) / (dark + 0.05)
    const large = size >= 23.95 || (size >= 18.6 && Number(style.fontWeight) >= 700)
    if (ratio < (large ? 3 : 4.5)) problems.push(`${where}: contrast ${ratio.toFixed(2)}:1 (${style.color})`)
  }
  return problems.slice(0, 8)
}"""


# For every marker shown: is a 24×24 px square centred on its pill all its own (WCAG 2.5.8)? The
# points are read with elementFromPoint, so the invisible ::after that enlarges the target counts, and
# a neighbour that overlaps it does too. Fixed overlays (the header, "back to top") are hidden first.
TAP_TARGETS = """() => {
  for (const fixed of document.querySelectorAll('.md-header, .md-top')) fixed.style.visibility = 'hidden'
  // Every folded section open, as a reader opens the one they want: each of their markers is checked.
  for (const fold of document.querySelectorAll('details.vm-fold')) fold.open = true
  const problems = []
  let checked = 0
  for (const marker of document.querySelectorAll('sup.vm-cite a')) {
    // Not shown: the closed Sources block, a hidden table row. (A closed <details> keeps its boxes in
    // Chromium, so getClientRects() alone does not tell.)
    if (!marker.checkVisibility()) continue
    marker.scrollIntoView({block: 'center', inline: 'center'})
    const box = marker.getBoundingClientRect()
    const x = box.left + box.width / 2, y = box.top + box.height / 2
    const points = [[0, 0], [-11.5, -11.5], [11.5, -11.5], [-11.5, 11.5], [11.5, 11.5], [-11.5, 0], [11.5, 0]]
    const stolen = points.filter(([dx, dy]) => {
      const hit = document.elementFromPoint(x + dx, y + dy)
      return !hit || hit.closest('sup.vm-cite a') !== marker
    })
    checked += 1
    if (stolen.length) {
      const hit = document.elementFromPoint(x + stolen[0][0], y + stolen[0][1])
      problems.push(`${marker.getAttribute('href')} "${marker.textContent}" (${Math.round(box.width)}×` +
                    `${Math.round(box.height)} px): ${stolen.length} of 7 points go to ` +
                    (hit ? hit.tagName.toLowerCase() + '.' + hit.className : 'nothing'))
    }
  }
  for (const fixed of document.querySelectorAll('.md-header, .md-top')) fixed.style.visibility = ''
  return {checked, problems: problems.slice(0, 5)}
}"""

MAX_SCREENS = 6
HOME_MAX_SCREENS = 3  # the home page, without the footer
# Screens as the page first opens (its folds and its Sources block closed): its height over the
# viewport's, and the footer's.
MEASURE = """() => {
  const height = document.documentElement.scrollHeight, screen = window.innerHeight
  const footer = document.querySelector('.md-footer')
  return {screens: height / screen, footer: footer ? footer.offsetHeight / screen : 0}
}"""



@dataclass
class PageReport:
    """What the sweep saw of one page: the gate's problems, the page's length as it first opens on a
    phone (in screens, and the footer's share), and its citation markers' tap targets."""

    problems: list[str] = field(default_factory=list)
    screens: float = 0.0
    footer: float = 0.0
    markers_checked: int = 0
    marker_problems: list[str] = field(default_factory=list)


class PageCheck:
    """One page checked in one browser page, in three steps so that two checks can interleave.

    Loaded once, at 360 px: measured as it first opens, then axe runs there, then again after a resize
    to 1280 px (the layout follows the media queries at once), and the markers' tap targets are read
    last, back at 360 px, since that opens the folded parts. axe's first run on a page costs three
    times its second (its code warms up in each new document), and a page load is most of what a
    check costs: one load serves every check. No wait for "network idle" (half a second a page):
    requests are read at the end, late ones too."""

    def __init__(self, page, url: str, origin: str):
        self.page, self.url, self.origin, self.report = page, url, origin, PageReport()

    def load(self) -> None:
        self.page.set_viewport_size(PHONE)
        self.page.traffic.clear()
        self.page.goto(self.url)
        size = self.page.evaluate(MEASURE)
        self.report.screens, self.report.footer = size["screens"], size["footer"]
        start_axe(self.page)

    def at_desktop(self) -> None:
        problems = self.report.problems
        if violations := axe_violations(self.page):
            problems.append("axe at 360 px:\n" + describe_violations(violations))
        if wide := self.page.evaluate(WIDE_ELEMENTS):
            problems.append(f"scrolls sideways at 360 px: {', '.join(wide)}")
        if unreadable := self.page.evaluate(SMALL_OR_PALE_TEXT):
            problems.append("type at 360 px:\n    " + "\n    ".join(unreadable))
        self.page.set_viewport_size(DESKTOP)
        start_axe(self.page)

    def finish(self) -> PageReport:
        problems = self.report.problems
        if violations := axe_violations(self.page):
            problems.append("axe at 1280 px:\n" + describe_violations(violations))
        problems += self.page.traffic.problems(self.origin)
        if cookies := self.page.context.cookies():
            problems.append(f"cookies set: {cookies}")
            self.page.context.clear_cookies()
        if storage := self.page.evaluate("localStorage.length + sessionStorage.length && "
                                         "JSON.stringify({...localStorage, ...sessionStorage})"):
            problems.append(f"web storage used: {storage}")
        self.page.set_viewport_size(PHONE)
        taps = self.page.evaluate(TAP_TARGETS)
        self.report.markers_checked, self.report.marker_problems = taps["checked"], taps["problems"]
        return self.report


def check_pages(pages: list, urls: list[str], origin: str) -> dict[str, PageReport]:
    """url -> what was seen. Each browser page lives in its own context, so Chromium runs it in its own
    process: while Python waits for one page's axe, the others' run on the other core."""
    report = {}
    for start in range(0, len(urls), len(pages)):
        checks = [PageCheck(page, url, origin) for page, url in zip(pages, urls[start:], strict=False)]
        for step in (PageCheck.load, PageCheck.at_desktop):
            for check in checks:
                step(check)
        report.update((check.url, check.finish()) for check in checks)
    return report


@pytest.fixture(scope="module")
def sweep(context, other_context, site_dir, site_url) -> dict[str, PageReport]:
    """Every page of BuiltSite.sample() checked once, by path ("/" for the home page), for the tests
    below: each reads its part of the one visit."""
    with contextlib.ExitStack() as opened:
        pages = [opened.enter_context(recorded_page(each)) for each in (context, other_context)]
        paths = sample_pages(site_dir)
        reports = check_pages(pages, [site_url + path for path in paths], site_url)
        yield {url.removeprefix(site_url) or "/": report for url, report in reports.items()}


def test_every_page(sweep):
    assert {"/", "en/", "404.html", "en/404.html"} <= set(sweep), list(sweep)
    report = {path: page.problems for path, page in sweep.items() if page.problems}
    assert not report, f"{len(report)} of {len(sweep)} pages have problems:\n" + "\n".join(
        f"{path}:\n  " + "\n  ".join(p) for path, p in report.items())


def test_every_marker_has_a_tap_target_of_24_px_on_a_phone(sweep):
    assert any("assureurs/" in path for path in sweep)
    report = {path: page.marker_problems for path, page in sweep.items() if page.marker_problems}
    checked = sum(page.markers_checked for page in sweep.values())
    assert checked > 500, checked
    assert not report, "\n".join(f"{path}: {problems}" for path, problems in report.items())


def test_no_page_is_longer_than_six_phone_screens_as_it_first_opens(sweep):
    rows, too_long = [], []
    for path, page in sweep.items():
        rows.append(f"{path:32} {page.screens:5.1f} screens, {page.screens - page.footer:5.1f} without the footer")
        if page.screens > MAX_SCREENS:
            too_long.append(f"{path}: {page.screens:.1f} screens (at most {MAX_SCREENS})")
        if path in ("/", "en/") and page.screens - page.footer > HOME_MAX_SCREENS:
            too_long.append(f"{path}: {page.screens - page.footer:.1f} screens without the footer "
                            f"(at most {HOME_MAX_SCREENS})")
    print("\n".join(rows))
    assert len(rows) >= 40
    assert not too_long, "\n".join(too_long) + "\n\nAll pages:\n" + "\n".join(rows)
