"""The page as a worried reader first opens it on a phone (360×740): the folded sections of long pages
(front matter `fold:`), which open for an #anchor, a table of contents entry, a search result, the
keyboard and the printer, with or without JavaScript. How many screens each page takes is measured
by the every-page sweep (test_every_page.py), in the same visit as its other checks."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import DESKTOP, PHONE
from tests.browser.test_keyboard import focus_state, sweep
from tests.browser.test_search import search


def opened(page) -> list[str]:
    return page.eval_on_selector_all("details.vm-fold[open] > summary > :is(h2, h3)", "hs => hs.map(h => h.id)")


def in_view(page, selector: str) -> bool:
    return page.eval_on_selector(selector, """e => { const r = e.getBoundingClientRect()
      return r.top >= 0 && r.top < window.innerHeight }""")


def test_an_anchor_opens_its_folded_part_on_load_and_on_hashchange(page, site_url):
    page.set_viewport_size(PHONE)
    page.goto(site_url + "que-faire/#porter-plainte")
    assert opened(page) == ["porter-plainte"] and in_view(page, "#porter-plainte")
    page.evaluate("() => { location.hash = '#droit-d-acces' }")
    page.wait_for_function("() => document.querySelector('#droit-d-acces').closest('details').open")
    assert in_view(page, "#droit-d-acces")
    # an anchor inside a folded part, not its heading: the part that holds it opens
    page.goto(site_url + "en/ce-qui-s-est-passe/#almerys")
    assert opened(page) == ["viamedis-et-almerys"] and in_view(page, "#almerys")
    page.goto(site_url + "sources/#cnil-2024-02-07")
    assert opened(page) == ["sources-official"] and in_view(page, "[id='cnil-2024-02-07']")


def test_the_table_of_contents_opens_the_part_it_points_to(page, site_url):
    page.set_viewport_size(DESKTOP)
    page.goto(site_url + "en/faq/")
    assert opened(page) == []
    page.locator(".md-sidebar--secondary a.md-nav__link[href='#carte-vitale']").click()
    page.wait_for_function("() => document.getElementById('carte-vitale').closest('details').open")
    assert opened(page) == ["carte-vitale"] and in_view(page, "#carte-vitale")


def test_a_search_result_lands_in_its_folded_part_opened(page, site_url):
    page.set_viewport_size(PHONE)
    page.goto(site_url)
    hrefs = search(page, "FranceTransfert", settle=True)
    [result] = [href for href in hrefs if href.endswith("que-faire/#porter-plainte")]
    page.locator(f".md-search-result__item > a[href='{urlsplit_path(result)}'], "
                 f".md-search-result__item > a[href='{result}']").first.click()
    page.wait_for_url(re.compile(r"que-faire/#porter-plainte$"))
    page.wait_for_function("() => document.getElementById('porter-plainte').closest('details').open")
    assert in_view(page, "#porter-plainte")
    assert page.get_by_text("FranceTransfert", exact=False).first.is_visible()


def urlsplit_path(href: str) -> str:
    return re.sub(r"^https?://[^/]+/", "", href)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_folded_parts_work_from_the_keyboard_with_a_visible_focus(page, site_url, viewport):
    page.set_viewport_size(viewport)
    page.goto(site_url + "que-faire/")
    stops, problems = sweep(page)
    summaries = [stop for stop in stops if stop["name"].startswith("summary.vm-fold__summary")]
    assert len(summaries) == 8, [stop["name"] for stop in stops]
    assert not problems, "\n".join(problems)
    page.goto(site_url + "que-faire/")
    page.locator("summary:has(#des-maintenant)").focus()
    page.keyboard.press("Enter")
    assert opened(page) == ["des-maintenant"]
    page.keyboard.press("Tab")  # the section's permalink, shown on focus beside its heading
    state = focus_state(page)
    assert state["href"] == "#des-maintenant" and state["shown"], state
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Space")
    assert opened(page) == []


def test_printing_shows_every_part_and_then_restores_them(page, site_url):
    page.goto(site_url + "faq/#carte-vitale")
    total = page.locator("details.vm-fold").count()
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
    assert len(opened(page)) == total > 20
    page.evaluate("() => window.dispatchEvent(new Event('afterprint'))")
    assert opened(page) == ["carte-vitale"]


def test_without_javascript_a_part_opens_by_tap_by_anchor_inside_and_in_print(browser, site_url):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    try:
        # the heading of a closed part is always shown: the link lands on it, and a tap opens it
        page.goto(site_url + "que-faire/#porter-plainte")
        assert opened(page) == [] and in_view(page, "#porter-plainte")
        page.locator("summary:has(#porter-plainte)").click()
        assert opened(page) == ["porter-plainte"]
        # an anchor inside a closed part: Chromium opens the part itself
        page.goto(site_url + "ce-qui-s-est-passe/#almerys")
        assert opened(page) == ["viamedis-et-almerys"]
        # printed, closed parts show (the style sheet opens ::details-content for print)
        body = page.locator("details.vm-fold:not([open]) > .vm-fold__body").first
        assert not body.is_visible()
        page.emulate_media(media="print")
        assert body.is_visible()
    finally:
        context.close()
