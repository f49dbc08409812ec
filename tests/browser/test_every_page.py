"""On every page of the built site, in both languages (discovered from the files): no request to
another host, no 4xx/5xx, no console error, no cookie, no web storage, no axe-core violation at a
phone and a desktop width, and no sideways scrolling on the phone.
"""

from tests.browser.conftest import DESKTOP, axe_violations, describe_violations, site_pages, start_axe

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


def page_problems(phone, desktop, url: str, origin: str) -> list[str]:
    """Everything wrong with ``url``, loaded in a phone-sized and a desktop-sized page.

    The two pages live in separate browser contexts, so Chromium runs them in separate processes:
    axe works on the phone page while the desktop page loads and is checked, which nearly halves
    the time of this test on two cores. No wait for "network idle" (half a second a page): the
    requests are read after both axe runs, so late ones count too."""
    for page in (phone, desktop):
        page.traffic.clear()
    phone.goto(url)
    start_axe(phone)
    desktop.goto(url)
    start_axe(desktop)
    problems = []
    if violations := axe_violations(phone):
        problems.append("axe at 360 px:\n" + describe_violations(violations))
    if wide := phone.evaluate(WIDE_ELEMENTS):
        problems.append(f"scrolls sideways at 360 px: {', '.join(wide)}")
    if violations := axe_violations(desktop):
        problems.append("axe at 1280 px:\n" + describe_violations(violations))
    for page in (phone, desktop):
        problems += page.traffic.problems(origin)
        if cookies := page.context.cookies():
            problems.append(f"cookies set: {cookies}")
            page.context.clear_cookies()
        if storage := page.evaluate("localStorage.length + sessionStorage.length && "
                                    "JSON.stringify({...localStorage, ...sessionStorage})"):
            problems.append(f"web storage used: {storage}")
    return list(dict.fromkeys(problems))  # the same request seen by both pages is one problem


def test_every_page(phone_page, page, site_dir, site_url):
    page.set_viewport_size(DESKTOP)
    paths = site_pages(site_dir)
    assert {"", "en/", "404.html", "en/404.html"} <= set(paths), paths
    report = {}
    for path in paths:
        if problems := page_problems(phone_page, page, site_url + path, site_url):
            report[path or "/"] = problems
    assert not report, f"{len(report)} of {len(paths)} pages have problems:\n" + "\n".join(
        f"{path}:\n  " + "\n  ".join(p) for path, p in report.items())
