"""Citation markers and jargon on a phone: markers that do not spread the lines (their tap targets of
24×24 px are checked on every kind of page by test_every_page.py), a marker's sources and a term's
explanation shown in place in one tap, the Sources block opening for a link into it and for
printing (issue 15, items 2, 3 and the taps of its goals)."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import PHONE

# Each block that holds markers, as tall as it is with plain inline text of the same size and width in
# place of each marker: a marker must not make its line taller than a word would.
LINE_HEIGHTS = """() => {
  const problems = []
  const blocks = new Set([...document.querySelectorAll('article sup.vm-cite')].map(s => s.closest('p, li')))
  for (const block of blocks) {
    if (!block || !block.getClientRects().length) continue
    const before = block.getBoundingClientRect().height
    const swaps = []
    for (const sup of block.querySelectorAll(':scope sup.vm-cite')) {
      const link = sup.querySelector('a'), plain = document.createElement('span')
      plain.textContent = link.textContent
      const style = getComputedStyle(link)
      plain.style.fontSize = getComputedStyle(sup).fontSize
      plain.style.paddingLeft = style.paddingLeft
      plain.style.paddingRight = style.paddingRight
      plain.style.marginLeft = getComputedStyle(sup).marginLeft
      plain.style.fontWeight = style.fontWeight
      sup.replaceWith(plain)
      swaps.push([plain, sup])
    }
    const after = block.getBoundingClientRect().height
    for (const [plain, sup] of swaps) plain.replaceWith(sup)
    if (before > after + 0.5) problems.push(`${block.textContent.trim().slice(0, 60)}…: ${before} px, ${after} px`)
  }
  return {blocks: blocks.size, problems: problems.slice(0, 5)}
}"""


@pytest.mark.parametrize("path", ["", "en/donnees-exposees/", "assureurs/alan/", "en/chronologie/"])
def test_markers_do_not_spread_the_lines_apart(page, site_url, path):
    page.set_viewport_size(PHONE)
    page.goto(site_url + path)
    result = page.evaluate(LINE_HEIGHTS)
    assert result["blocks"] > 3 and not result["problems"], result


@pytest.fixture
def phone(browser):
    """A touch phone: taps, not clicks, and no hover (a title would never show)."""
    context = browser.new_context(viewport=PHONE, has_touch=True, is_mobile=True, locale="fr-FR")
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    yield page
    context.close()
    assert not errors, errors


def tap(page, locator) -> None:
    """A tap at the middle of what the reader sees, the pill or the word (not Playwright's choice of
    point among the element's boxes): its first line's box, since the middle of the whole box of a
    term that wraps onto two lines falls between its words."""
    locator.scroll_into_view_if_needed()
    box = locator.evaluate("element => { const r = element.getClientRects()[0]; "
                           "return {x: r.left, y: r.top, width: r.width, height: r.height} }")
    page.touchscreen.tap(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def test_a_tap_on_a_marker_names_its_sources_in_place(phone, site_url):
    phone.goto(site_url + "assureurs/alan/")
    marker = phone.locator("#operator ~ ul sup.vm-cite a").first
    ids = marker.get_attribute("data-cites").split()
    tap(phone, marker)
    popover = phone.locator("#vm-popover")
    popover.wait_for(state="visible")
    assert phone.url == site_url + "assureurs/alan/"  # the reader stays where they were
    notes = popover.locator(".vm-popover__sources > li")
    assert notes.count() == len(ids)
    for index, source_id in enumerate(ids):
        note = phone.locator(f"#cite-{source_id}")
        publisher = note.evaluate("li => li.textContent.trim().split(',')[0]")
        assert notes.nth(index).inner_text().startswith(publisher)
    box = popover.bounding_box()  # a sheet at the foot of the phone's screen
    assert box["width"] == PHONE["width"] and abs(box["y"] + box["height"] - PHONE["height"]) < 1
    tap(phone, popover.locator(".vm-popover__close"))
    popover.wait_for(state="hidden")


def test_the_popover_works_from_the_keyboard_and_gives_the_focus_back(page, site_url):
    page.goto(site_url + "en/")
    marker = page.locator("article sup.vm-cite a").first
    marker.focus()
    page.keyboard.press("Enter")
    popover = page.locator("#vm-popover")
    popover.wait_for(state="visible")
    assert page.evaluate("document.getElementById('vm-popover').contains(document.activeElement)")
    assert popover.get_attribute("role") == "dialog" and popover.get_by_text("source").count() >= 1
    page.keyboard.press("Escape")
    popover.wait_for(state="hidden")
    assert page.evaluate("document.activeElement === document.querySelector('article sup.vm-cite a')")


def test_all_the_sources_open_the_closed_block(phone, site_url):
    phone.goto(site_url)
    block = phone.locator("details#page-sources")
    assert block.get_attribute("open") is None
    tap(phone, phone.locator("article sup.vm-cite a").first)
    tap(phone, phone.locator("#vm-popover .vm-popover__more"))
    phone.wait_for_url(site_url + "#page-sources")
    assert block.get_attribute("open") is not None
    assert phone.locator("#vm-popover").is_hidden()


@pytest.mark.parametrize("path", ["#cite-cnil-2024-02-07", "en/assureurs/alan/#cite-alan-2024-02-16"])
def test_a_link_to_a_note_opens_the_block_and_shows_the_note(page, site_url, path):
    page.set_viewport_size(PHONE)
    page.goto(site_url + path)
    assert page.locator("details#page-sources").get_attribute("open") is not None
    note = page.locator(path[path.index("#"):])
    assert note.is_visible() and note.evaluate("li => li.getBoundingClientRect().top < innerHeight")


def test_printing_opens_the_block_and_puts_it_back(page, site_url):
    page.goto(site_url + "faq/")
    block = page.locator("details#page-sources")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert block.get_attribute("open") is not None
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert block.get_attribute("open") is None


@pytest.mark.parametrize(("path", "language"), [("", "fr"), ("en/", "en")])
def test_a_tap_on_a_term_explains_it_in_place_and_leads_to_the_glossary(phone, site_url, path, language):
    phone.goto(site_url + path)
    term = phone.locator("article a.vm-term").first
    explanation, href = term.get_attribute("title"), term.get_attribute("href")
    # What a touch screen shows of a title by itself: nothing (no hover). The popover shows it.
    tap(phone, term)
    popover = phone.locator("#vm-popover")
    popover.wait_for(state="visible")
    assert phone.url == site_url + path
    assert popover.locator(".vm-popover__title").inner_text() == term.inner_text()
    assert popover.locator(".vm-popover__text").inner_text() == explanation
    tap(phone, popover.locator(".vm-popover__more"))
    phone.wait_for_url(re.compile(re.escape(site_url + ("en/" if language == "en" else "")) + "glossaire/#"))
    assert phone.url.endswith(href.rsplit("/", 1)[1])


def test_a_term_without_a_glossary_entry_is_a_button_that_explains_itself(page, site_url):
    page.goto(site_url + "donnees-exposees/")
    term = page.locator("article span.vm-term").first
    assert term.get_attribute("role") == "button" and term.get_attribute("tabindex") == "0"
    term.focus()
    page.keyboard.press("Enter")
    popover = page.locator("#vm-popover")
    popover.wait_for(state="visible")
    assert popover.locator(".vm-popover__text").inner_text() == term.get_attribute("title")
    assert popover.locator(".vm-popover__more").count() == 0
    page.keyboard.press("Escape")
    popover.wait_for(state="hidden")
