"""Material's phone menu without a mouse: it opens and closes from the keyboard, every stop in it is
visible, and a section opens, closes and leads to a page."""

import pytest

from tests.browser.conftest import PHONE
from tests.browser.test_keyboard import (
    MAX_TAB_STOPS,
    NO_TRANSITIONS,
    focus_problems,
    focus_state,
    is_page_link,
    tab_to,
)


def open_menu(page, site_url, path) -> tuple[dict, dict]:
    """On a phone, Tab to the menu button and press Enter: (button state, first focus in the menu)."""
    page.set_viewport_size(PHONE)
    page.goto(site_url + path)
    button = tab_to(page, lambda state: state["name"].startswith("label.md-header__button"), limit=5)
    assert not focus_problems(button), focus_problems(button)
    page.keyboard.press("Enter")
    assert page.evaluate("document.getElementById('__drawer').checked")
    return button, focus_state(page)


@pytest.mark.parametrize("path", ["", "en/sources/"])
def test_the_phone_menu_opens_and_closes_from_the_keyboard(page, site_url, path):
    button, inside = open_menu(page, site_url, path)
    assert inside["inMenu"] and not focus_problems(inside), inside
    page.keyboard.press("Escape")
    assert not page.evaluate("document.getElementById('__drawer').checked")
    assert focus_state(page)["name"] == button["name"]


@pytest.mark.parametrize("path", ["", "en/sources/"])
def test_every_stop_in_the_open_phone_menu_is_visible(page, site_url, path):
    """Sections that are closed, and lists that an open section covers, must not take the focus."""
    open_menu(page, site_url, path)
    page.evaluate(NO_TRANSITIONS)
    stops, problems = [], []
    for _ in range(MAX_TAB_STOPS):
        page.keyboard.press("Tab")
        state = focus_state(page)
        if not state or not state["inMenu"]:
            break
        stops.append(state["name"])
        problems += [f"{state['name']}: {problem}" for problem in focus_problems(state)]
    assert stops and not problems, (stops, problems)


def test_a_section_of_the_phone_menu_opens_closes_and_leads_to_a_page(page, site_url):
    """en/sources/ is in a section: the menu opens on it, its title goes back up (Enter), the focus
    follows, and a page of another section opens from the keyboard."""
    _, title = open_menu(page, site_url, "en/sources/")
    assert title["name"].startswith("label.md-nav__title") and not focus_problems(title), title
    page.keyboard.press("Enter")  # back to the top of the menu
    opener = focus_state(page)
    assert opener["name"].startswith("label") and ".md-nav__link" in opener["name"], opener
    assert not focus_problems(opener), focus_problems(opener)
    section = tab_to(page, lambda state: state["name"].startswith("label") and ".md-nav__link" in state["name"]
                     and state["name"] != opener["name"])
    page.keyboard.press("Enter")  # into another section
    first = focus_state(page)
    assert first["inMenu"] and not focus_problems(first), (section, first)
    link = tab_to(page, is_page_link)
    assert not focus_problems(link), focus_problems(link)
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: not url.endswith("/en/sources/"))
