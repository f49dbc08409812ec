"""On every page of the built site, in both languages (discovered from the files): no request to
another host, no 4xx/5xx, no console error, no cookie, no web storage, no axe-core violation at a
phone and a desktop width, no sideways scrolling on the phone, and readable type on the phone: the
page's text at 16 px or more, and every text, grey ones included, at a contrast of 4.5:1 or more.
"""

from tests.browser.conftest import DESKTOP, PHONE, axe_violations, describe_violations, sample_pages, start_axe

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


class PageCheck:
    """One page checked in one browser page, in three steps so that two checks can interleave.

    Loaded once, at 360 px; axe runs there, then again after a resize to 1280 px (the layout follows
    the media queries at once). axe's first run on a page costs three times its second (its code
    warms up in each new document), so one load for both widths saves a load and a cold run. No
    wait for "network idle" (half a second a page): requests are read at the end, late ones too."""

    def __init__(self, page, url: str, origin: str):
        self.page, self.url, self.origin, self.problems = page, url, origin, []

    def load(self) -> None:
        self.page.set_viewport_size(PHONE)
        self.page.traffic.clear()
        self.page.goto(self.url)
        start_axe(self.page)

    def at_desktop(self) -> None:
        if violations := axe_violations(self.page):
            self.problems.append("axe at 360 px:\n" + describe_violations(violations))
        if wide := self.page.evaluate(WIDE_ELEMENTS):
            self.problems.append(f"scrolls sideways at 360 px: {', '.join(wide)}")
        if unreadable := self.page.evaluate(SMALL_OR_PALE_TEXT):
            self.problems.append("type at 360 px:\n    " + "\n    ".join(unreadable))
        self.page.set_viewport_size(DESKTOP)
        start_axe(self.page)

    def finish(self) -> list[str]:
        if violations := axe_violations(self.page):
            self.problems.append("axe at 1280 px:\n" + describe_violations(violations))
        self.problems += self.page.traffic.problems(self.origin)
        if cookies := self.page.context.cookies():
            self.problems.append(f"cookies set: {cookies}")
            self.page.context.clear_cookies()
        if storage := self.page.evaluate("localStorage.length + sessionStorage.length && "
                                         "JSON.stringify({...localStorage, ...sessionStorage})"):
            self.problems.append(f"web storage used: {storage}")
        return self.problems


def check_pages(pages: list, urls: list[str], origin: str) -> dict[str, list[str]]:
    """url -> problems. Each browser page lives in its own context, so Chromium runs it in its own
    process: while Python waits for one page's axe, the others' run on the other core."""
    report = {}
    for start in range(0, len(urls), len(pages)):
        checks = [PageCheck(page, url, origin) for page, url in zip(pages, urls[start:], strict=False)]
        for step in (PageCheck.load, PageCheck.at_desktop):
            for check in checks:
                step(check)
        report.update((check.url, check.finish()) for check in checks)
    return report


def test_every_page(page, other_page, site_dir, site_url):
    paths = sample_pages(site_dir)
    assert {"", "en/", "404.html", "en/404.html"} <= set(paths), paths
    report = {url.removeprefix(site_url) or "/": problems
              for url, problems in check_pages([page, other_page], [site_url + p for p in paths], site_url).items()
              if problems}
    assert not report, f"{len(report)} of {len(paths)} pages have problems:\n" + "\n".join(
        f"{path}:\n  " + "\n  ".join(p) for path, p in report.items())
