"""The insurer lookup's answer on a phone's screen: the field whole on the first screen, Enter that
closes the keyboard and brings the answer into view, and the back-to-top button that never covers
the field."""

import pytest

from tests.browser.conftest import PHONE

# On a phone: the field on the first screen, Enter, the back-to-top button.

@pytest.fixture(scope="module")
def phone(browser):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, locale="fr-FR")
    yield context
    context.close()


@pytest.fixture
def phone_page(phone):
    page = phone.new_page()
    yield page
    page.close()


HEADER_BOTTOM = "() => document.querySelector('.md-header').getBoundingClientRect().bottom"
BOX = "selector => { const r = document.querySelector(selector).getBoundingClientRect(); return [r.top, r.bottom] }"


@pytest.mark.parametrize("path", ["", "en/", "suis-je-concerne/", "en/suis-je-concerne/"])
def test_the_field_is_whole_on_the_first_screen_of_a_phone(phone_page, site_url, path):
    phone_page.goto(site_url + path)  # loaded: insurer-lookup-start.js has shown the form
    assert phone_page.evaluate("scrollY") == 0
    top, bottom = phone_page.evaluate(BOX, "#vm-lookup-field")
    label_top, _ = phone_page.evaluate(BOX, "label[for=vm-lookup-field]")
    assert phone_page.evaluate(HEADER_BOTTOM) <= label_top and bottom <= PHONE["height"], (label_top, top, bottom)


def answer_first_line(page) -> list[float]:
    return page.evaluate("""() => {
      for (const child of document.getElementById('vm-lookup-answer').children) {
        if (!child.hidden && child.getClientRects().length && child.textContent.trim()) {
          const r = child.getBoundingClientRect()
          return [r.top, r.top + parseFloat(getComputedStyle(child).lineHeight)]
        }
      }
      return null
    }""")


@pytest.mark.parametrize(("path", "query"), [
    ("", "macif"), ("", "Miel Mutuelle"), ("", "macsf"), ("", "Viamedis"),
    ("en/", "harmonie"), ("suis-je-concerne/", "je ne sais pas"), ("en/suis-je-concerne/", "MGEN"),
])
def test_enter_closes_the_keyboard_and_brings_the_answer_into_view(phone_page, site_url, path, query):
    phone_page.goto(site_url + path)
    field = phone_page.locator("#vm-lookup-field")
    field.tap()
    phone_page.wait_for_function("() => document.getElementById('vm-lookup').vmLookup")  # the tap loaded it
    field.press_sequentially(query)
    field.press("Enter")
    phone_page.wait_for_function("() => document.getElementById('vm-lookup-status').textContent !== ''")
    assert phone_page.evaluate("document.activeElement.id") != "vm-lookup-field", "the keyboard stays open"
    line = answer_first_line(phone_page)
    header = phone_page.evaluate(HEADER_BOTTOM)
    assert line and header <= line[0] and line[1] <= PHONE["height"], (header, line)


def test_the_back_to_top_button_never_covers_the_field(phone_page, site_url):
    """Scrolling up from the foot of the page, as a reader does: Material shows its button under the
    header; it must never be drawn over the field."""
    phone_page.goto(site_url)
    phone_page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    shown_while_scrolling = 0
    for _ in range(200):
        phone_page.evaluate("window.scrollBy(0, -40)")
        phone_page.wait_for_timeout(30)
        state = phone_page.evaluate("""() => {
          const button = document.querySelector('.md-top'), field = document.getElementById('vm-lookup-field')
          const b = button.getBoundingClientRect(), f = field.getBoundingClientRect()
          const style = getComputedStyle(button)
          const seen = !button.hidden && style.visibility !== 'hidden' && parseFloat(style.opacity) > 0
          return {y: scrollY, seen, overlaps: b.top < f.bottom && b.bottom > f.top}
        }""")
        shown_while_scrolling += state["seen"]
        assert not (state["seen"] and state["overlaps"]), f"the button covers the field at scrollY {state['y']}"
        if state["y"] == 0:
            break
    assert shown_while_scrolling, "Material's button never appeared: the test proves nothing"
