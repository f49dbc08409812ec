"""On every page of the built site, in both languages (discovered from the files): no request to
another host, no 4xx/5xx, no console error, no cookie, no web storage, no axe-core violation at a
phone and a desktop width, and no sideways scrolling on the phone."""

from tests.browser.conftest import DESKTOP, PHONE, describe_violations, run_axe, site_pages

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


def page_problems(page, url: str, origin: str) -> list[str]:
    """Loads ``url`` at the phone width, then checks it at both widths.

    The desktop check resizes the loaded page instead of loading it again: the layout follows the
    media queries at once, and one load per page halves the time of this test."""
    page.set_viewport_size(PHONE)
    page.traffic.clear()
    page.goto(url)
    problems = []
    if violations := run_axe(page):
        problems.append("axe at 360 px:\n" + describe_violations(violations))
    if wide := page.evaluate(WIDE_ELEMENTS):
        problems.append(f"scrolls sideways at 360 px: {', '.join(wide)}")
    page.set_viewport_size(DESKTOP)
    if violations := run_axe(page):
        problems.append("axe at 1280 px:\n" + describe_violations(violations))
    problems += page.traffic.problems(origin)  # read last: requests made after the load count too
    if cookies := page.context.cookies():
        problems.append(f"cookies set: {cookies}")
        page.context.clear_cookies()
    if page.evaluate("localStorage.length + sessionStorage.length"):
        problems.append("web storage used: " + page.evaluate("JSON.stringify({...localStorage, ...sessionStorage})"))
    return problems


def test_every_page(page, site_dir, site_url):
    paths = site_pages(site_dir)
    assert {"", "en/", "404.html", "en/404.html"} <= set(paths), paths
    report = {}
    for path in paths:
        if problems := page_problems(page, site_url + path, site_url):
            report[path or "/"] = problems
    assert not report, f"{len(report)} of {len(paths)} pages have problems:\n" + "\n".join(
        f"{path}:\n  " + "\n  ".join(p) for path, p in report.items())
