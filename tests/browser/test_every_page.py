"""On every page of the built site, in both languages (discovered from the files): no request to
another host, no 4xx/5xx, no console error, no cookie, no web storage, no axe-core violation at a
phone and a desktop width, and no sideways scrolling on the phone.
"""

from tests.browser.conftest import DESKTOP, PHONE, axe_violations, describe_violations, site_pages, start_axe

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
    paths = site_pages(site_dir)
    assert {"", "en/", "404.html", "en/404.html"} <= set(paths), paths
    report = {url.removeprefix(site_url) or "/": problems
              for url, problems in check_pages([page, other_page], [site_url + p for p in paths], site_url).items()
              if problems}
    assert not report, f"{len(report)} of {len(paths)} pages have problems:\n" + "\n".join(
        f"{path}:\n  " + "\n  ".join(p) for path, p in report.items())
