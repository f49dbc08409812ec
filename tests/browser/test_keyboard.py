"""Without a mouse: the skip link works, the focus is always visible, and the language switch, the
search, the nav and any form in the content (the insurer lookup) can be reached and used.

The focus sweeps press Tab through pages of each kind (home, 404, the "Am I affected?" page and one
insurer page when they exist), in both languages, at a phone and a desktop width.
"""

import re

import pytest

from sitecheck.built import BuiltSite
from tests.browser.conftest import DESKTOP, PHONE, key_pages, sample_pages

pytestmark = pytest.mark.long  # started first: see tests/conftest.py, SCHEDULE

WIDTHS = [PHONE, DESKTOP]
WIDTH_IDS = ["phone", "desktop"]
MAX_TAB_STOPS = 120  # a long table of links is not swept to its end: the header, nav and first rows are

# The focused element: where it is, whether it can be seen, and the best contrast of its focus
# indicator (outline or box-shadow ring, at least 2 px) against the background behind it (WCAG
# 1.4.11 asks 3:1). With settle=true, once the running transitions (a drawer sliding in) have ended.
FOCUS_STATE = """async (settle) => {
  if (settle) await Promise.all(document.getAnimations()
    .filter(a => a.effect && a.effect.getComputedTiming().endTime !== Infinity)
    .map(a => a.finished.catch(() => null)))
  const element = document.activeElement
  if (!element || element === document.body) return null
  const rgba = text => { const m = text.match(/rgba?\\(([^)]+)\\)/); if (!m) return null
    const [r, g, b, a = 1] = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number); return [r, g, b, a] }
  const luminance = ([r, g, b]) => [r, g, b].map(v => { v /= 255
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4 })
    .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0)
  const contrast = (x, y) => { const [a, b] = [luminance(x), luminance(y)].sort((p, q) => q - p)
    return (a + 0.05) / (b + 0.05) }
  let background = [255, 255, 255, 1]
  for (let e = element.parentElement; e; e = e.parentElement) {
    const color = rgba(getComputedStyle(e).backgroundColor)
    if (color && color[3] > 0.5) { background = color; break }
  }
  const style = getComputedStyle(element)
  const rings = []
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) rings.push(rgba(style.outlineColor))
  const shadow = /(rgba?\\([^)]*\\))\\s+(-?[\\d.]+)px\\s+(-?[\\d.]+)px\\s+([\\d.]+)px\\s+([\\d.]+)px/g
  for (const m of style.boxShadow.matchAll(shadow)) if (parseFloat(m[5]) >= 2) rings.push(rgba(m[1]))
  const visibleRings = rings.filter(c => c && c[3] > 0.5)
  let opacity = 1
  for (let e = element; e; e = e.parentElement) opacity *= parseFloat(getComputedStyle(e).opacity)
  const box = element.getBoundingClientRect()
  const inView = box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 &&
                 box.top < innerHeight && box.left < innerWidth
  const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1)
  const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1)
  const hit = inView ? document.elementFromPoint(x, y) : null
  const classes = (element.getAttribute('class') || '').trim().split(/\\s+/).filter(Boolean)
  const text = (element.innerText || element.getAttribute('aria-label') || element.value || '').trim()
  return {
    name: element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') +
          classes.filter(c => c !== 'focus-visible').map(c => '.' + c).join('') + ' "' + text.slice(0, 30) + '"',
    inView, covered: inView && !!hit && !element.contains(hit) && !hit.contains(element),
    shown: style.visibility === 'visible' && opacity > 0.1,
    contrast: Math.max(0, ...visibleRings.map(c => contrast(c, background))),
    inContent: !!element.closest('.md-content'), inMenu: !!element.closest('.md-sidebar--primary'),
    inForm: element.matches('article input, article select, article textarea, article button'),
    id: element.id, href: element.getAttribute('href') || '',
  }
}"""


def focus_state(page, retry: bool = True) -> dict | None:
    """The focused element's state. Material opens the search and the drawer a moment after the
    focus moves (its focus events are debounced) and slides them in, so a state that looks wrong is
    read once more, after a pause and once the transitions have ended. Waiting for transitions at
    every stop would cost 200 ms each (links fade their colour on focus)."""
    state = page.evaluate(FOCUS_STATE, False)
    if retry and state and focus_problems(state):
        page.wait_for_timeout(50)
        state = page.evaluate(FOCUS_STATE, True)
    return state


def tab_to(page, predicate, limit: int = 40) -> dict:
    """Press Tab until the focused element matches ``predicate``; its state, or a failure."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        state = focus_state(page)
        if state and predicate(state):
            return state
    pytest.fail(f"not reached with {limit} presses of Tab")


def focus_problems(state: dict) -> list[str]:
    problems = []
    if not state["inView"]:
        problems.append("outside the viewport")
    elif state["covered"]:
        problems.append("covered by another element")
    if not state["shown"]:
        problems.append("invisible (visibility or opacity)")
    if state["contrast"] < 3:
        problems.append(f"focus indicator contrast {state['contrast']:.1f}:1, below 3:1 (or no indicator)")
    return problems


# Transitions off for the sweeps: they check where the focus lands, once things have moved, and
# Material fades links, the skip link and the search overlay on focus (a 250 ms wait at many stops).
# A constructed style sheet, because a strict CSP may refuse an added <style>.
NO_TRANSITIONS = """() => { const sheet = new CSSStyleSheet()
  sheet.replaceSync('*, *::before, *::after { transition: none !important; animation: none !important }')
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet] }"""


def sweep(page, retry: bool = True) -> tuple[list[dict], list[str]]:
    """Tab through the page from the top; every stop, and what is wrong with each."""
    page.evaluate(NO_TRANSITIONS)
    stops, problems, first = [], [], None
    for _ in range(MAX_TAB_STOPS):
        page.keyboard.press("Tab")
        state = focus_state(page, retry)
        if state is None or (first and state["name"] == first):
            break
        first = first or state["name"]
        stops.append(state)
        problems += [f"{state['name']}: {problem}" for problem in focus_problems(state)]
    return stops, problems


@pytest.mark.parametrize("viewport", WIDTHS, ids=WIDTH_IDS)
def test_focus_is_always_visible(page, site_dir, site_url, viewport):
    page.set_viewport_size(viewport)
    report = {}
    for path in key_pages(site_dir):
        page.goto(site_url + path)
        stops, problems = sweep(page)
        assert len(stops) >= 5, f"{path}: only {len(stops)} focus stops"
        if problems:
            report[path or "/"] = problems
    assert not report, "\n".join(f"{path}:\n  " + "\n  ".join(p) for path, p in report.items())


@pytest.mark.parametrize("viewport", WIDTHS, ids=WIDTH_IDS)
@pytest.mark.parametrize("path", ["", "en/sources/", "en/404.html"])
def test_the_skip_link_comes_first_and_moves_on_to_the_content(page, site_url, viewport, path):
    page.set_viewport_size(viewport)
    page.goto(site_url + path)
    page.keyboard.press("Tab")
    state = focus_state(page)
    assert state and ".md-skip" in state["name"], state
    assert not focus_problems(state), focus_problems(state)
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == state["href"]
    page.keyboard.press("Tab")
    after = focus_state(page)
    assert after["inContent"], f"after the skip link, Tab went to {after['name']}, outside the content"


@pytest.mark.parametrize("viewport", WIDTHS, ids=WIDTH_IDS)
@pytest.mark.parametrize(("start", "twin"), [("sources/", "en/sources/"), ("en/", "")])
def test_the_language_switch_works_from_the_keyboard(page, site_url, viewport, start, twin):
    page.set_viewport_size(viewport)
    page.goto(site_url + start)
    tab_to(page, lambda state: ".vm-lang-switch" in state["name"], limit=10)
    page.keyboard.press("Enter")
    page.wait_for_url(site_url + twin)


@pytest.mark.parametrize("viewport", WIDTHS, ids=WIDTH_IDS)
@pytest.mark.parametrize(("start", "query"), [("", "cnil"), ("en/sources/", "social")])
def test_search_works_from_the_keyboard(page, site_url, viewport, start, query):
    page.set_viewport_size(viewport)
    page.goto(site_url + start)
    state = tab_to(page, lambda state: ".md-search__input" in state["name"], limit=10)
    assert not focus_problems(state), focus_problems(state)
    page.keyboard.type(query, delay=20)
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
    page.keyboard.press("ArrowDown")
    result = focus_state(page)
    assert ".md-search-result__link" in result["name"] and not focus_problems(result), result
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: url.split("#")[0] != site_url + start, timeout=10_000)
    assert page.evaluate("document.documentElement.lang") == ("en" if start.startswith("en/") else "fr")


def is_page_link(state: dict) -> bool:
    return ".md-nav__link" in state["name"] and state["name"].startswith("a") and not state["href"].startswith("#")


@pytest.mark.parametrize("path", ["", "en/sources/"])
def test_the_nav_works_from_the_keyboard_on_a_desktop(page, site_url, path):
    """A section of the nav opens with Enter (Material's labels), and its first page opens too."""
    page.set_viewport_size(DESKTOP)
    page.goto(site_url + path)
    section = tab_to(page, lambda state: state["name"].startswith("label") and ".md-nav__link" in state["name"]
                     and state["inView"])
    assert not focus_problems(section), focus_problems(section)
    page.keyboard.press("Enter")
    child = focus_state(page)
    while not is_page_link(child):
        page.keyboard.press("Tab")
        child = focus_state(page)
    assert not focus_problems(child), focus_problems(child)
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: url != site_url + path)


CITE_BOX = re.compile(r'<details[^>]*\bid="vm-cite-this".*?</details>', re.DOTALL)


def test_every_form_field_in_the_content_can_be_reached_with_tab(page, site_dir, site_url):
    """The insurer lookup, the letter form and the 404 search: any input, select, textarea or button
    inside a page's content, its folded parts open, on every page that has one."""
    site = BuiltSite.open(site_dir)
    field = re.compile(r"<(input|select|textarea|button)\b")
    # Every page kind (sample_pages: one generated insurer page of each shape), so the cost stays flat.
    # "Cite this page", on every page, is left out: tests/browser/test_cite_page.py goes through it
    # with the keyboard.
    pages = [url for url in sample_pages(site_dir)
             if field.search(CITE_BOX.sub("", site.file_of(url).read_text(encoding="utf-8")
                                          .split("<article", 1)[-1].split("</article>", 1)[0]))]
    assert "404.html" in pages  # the 404 page's search form at least
    unreached = {}
    for path in pages:
        page.goto(site_url + path)
        fields = set(page.evaluate("""() => {
            // Every folded part open, as a reader opens the one they want (the letter's form is in one):
            // that Enter opens a fold is tests/browser/test_page_shape_in_browser.py's to check.
            document.querySelectorAll('details.vm-fold').forEach(fold => { fold.open = true })
            window.__reached = new Set()
            document.addEventListener('focusin', event => window.__reached.add(event.target.dataset.testField))
            return [...document.querySelectorAll(
              'article input:not([type=hidden]), article select, article textarea, article button')]
              // A field in a closed <details> (Cite this page) is reached once its summary, a Tab stop,
              // opens it: tests/browser/test_cite_page.py goes through that one with the keyboard.
              .filter(e => !e.disabled && e.getClientRects().length && e.tabIndex >= 0 &&
                           !e.closest('details:not([open])'))
              .map((e, i) => { e.dataset.testField = e.id || e.name || e.tagName.toLowerCase() + i
                               return e.dataset.testField }) }"""))
        reached = set()
        for _ in range(MAX_TAB_STOPS * 2 // 10 if fields else 0):  # ask the page what it saw every ten presses
            for _ in range(10):
                page.keyboard.press("Tab")
            reached = set(page.evaluate("() => [...window.__reached]"))
            if fields <= reached:
                break
        if fields - reached:
            unreached[path] = sorted(fields - reached)
    assert not unreached, unreached


def test_the_404_search_form_works_from_the_keyboard(page, site_url):
    page.goto(site_url + "en/404.html")
    tab_to(page, lambda state: state["id"] == "vm-not-found-query", limit=30)
    page.keyboard.type("cnil", delay=20)
    page.keyboard.press("Enter")
    page.wait_for_url(site_url + "en/?q=cnil")
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)


def test_the_focus_check_fails_without_a_visible_indicator(page, site_url):
    """The sweep is able to fail: with the focus styles taken away, it reports every stop."""
    page.goto(site_url)
    page.evaluate("""() => { const sheet = new CSSStyleSheet()
      sheet.replaceSync('*:focus, *:focus-visible { outline: none !important; box-shadow: none !important }')
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet] }""")
    stops, problems = sweep(page, retry=False)
    assert len(problems) == len(stops) and "below 3:1 (or no indicator)" in problems[0]
