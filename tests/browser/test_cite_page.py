"""'Cite this page' in the browser: the section follows the reader (a link followed, the scroll, the
reader's own choice), the citation carries today's date in the page's language, and the copy button
puts exactly the citation on the clipboard, with the keyboard as with the mouse."""

import datetime as dt

import pytest

from factbase.text.localized import format_date
from tests.browser.conftest import clipboard, describe_violations, run_axe
from tests.conftest import reviewed_on


@pytest.fixture(scope="module")
def context(clipboard_context):
    """This module's pages may read and write the clipboard."""
    return clipboard_context



def open_page(page, url):
    page.goto(url)
    page.wait_for_load_state("networkidle")


def section(page) -> str:
    return page.locator("#vm-cite-this-section").input_value()


def citation(page) -> str:
    return page.locator("#vm-cite-this-text").text_content()  # the box may be closed


def test_a_followed_link_gives_the_section_and_the_copy_button_copies_the_citation(page, site_url):
    page.clock.set_fixed_time(dt.datetime(2026, 12, 1, 10, 0))
    open_page(page, site_url + "journalistes/#dates")
    assert section(page) == "dates"
    page.locator("#vm-cite-this summary").click()
    # The page's stable address (from site_url), not the address it happens to be read at.
    assert page.locator("#vm-cite-this-url").inner_text() == "https://fuite-tiers-payant.example/journalistes/#dates"
    text = citation(page)
    assert text == ("«\u00a0Fuite de données Viamedis et Almerys\u00a0», page «\u00a0Pour les journalistes\u00a0», "
                    f"section «\u00a0Dates\u00a0», revue le {format_date(reviewed_on('journalistes'), 'fr')}, "
                    f"https://fuite-tiers-payant.example/journalistes/#dates, consultée le "
                    f"{format_date('2026-12-01', 'fr')}.")
    assert text.endswith("consultée le 1er décembre 2026.")
    page.get_by_role("button", name="Copier la citation").click()
    page.get_by_role("status").filter(has_text="copiée").wait_for()
    assert clipboard(page) == text
    assert page.traffic.foreign(site_url) == [] and not page.traffic.console_errors


def test_the_section_follows_the_scroll_and_links_until_the_reader_chooses(page, site_url):
    open_page(page, site_url + "journalistes/")
    assert section(page) == ""
    # The section is folded as the page opens: the reader opens it, then scrolls to it.
    page.locator("summary:has(#sources-divergentes)").click()
    page.evaluate("document.getElementById('sources-divergentes').scrollIntoView()")
    page.wait_for_function("() => document.getElementById('vm-cite-this-section').value === 'sources-divergentes'")
    page.evaluate("location.hash = '#2024-02-09-enquete-penale'")  # a step of the Official action section
    page.wait_for_function("() => document.getElementById('vm-cite-this-section').value === "
                           "'2024-02-09-enquete-penale'")
    assert "section «\u00a09 février 2024 · Parquet de Paris" in citation(page)
    # At the foot of the page, the section stays the one the reader was on.
    page.locator("#vm-cite-this summary").click()
    page.locator("#vm-cite-this").scroll_into_view_if_needed()
    page.wait_for_timeout(200)
    assert section(page) == "2024-02-09-enquete-penale"
    page.locator("#vm-cite-this-section").select_option("chiffres-cles")
    page.evaluate("document.getElementById('dates').scrollIntoView()")
    page.wait_for_timeout(200)
    assert section(page) == "chiffres-cles" and "/journalistes/#chiffres-cles," in citation(page)
    page.locator("#vm-cite-this-section").select_option("")
    page.wait_for_function("() => !document.getElementById('vm-cite-this-text').textContent.includes('section')")
    assert (f"revue le {format_date(reviewed_on('journalistes'), 'fr')}, "
            "https://fuite-tiers-payant.example/journalistes/, consultée") in citation(page)


def test_a_link_followed_while_the_box_is_in_view_still_gives_its_section(page, site_url):
    # The scroll leaves the section alone while the box is in view: only the link can set it.
    open_page(page, site_url + "en/assureurs/alan/")
    page.locator("#vm-cite-this summary").click()
    # A section near the box and outside any fold: the jump keeps the box in view (the Sources
    # block would open and push it down).
    page.evaluate("location.hash = '#notes'")
    page.wait_for_timeout(200)
    assert page.locator("#vm-cite-this").is_visible() and page.evaluate(
        "document.getElementById('vm-cite-this').getBoundingClientRect().top < innerHeight")
    assert section(page) == "notes"
    assert "section “Also to know”" in citation(page)


def test_the_box_works_with_the_keyboard_and_in_english(page, site_url):
    page.clock.set_fixed_time(dt.datetime(2026, 12, 2, 10, 0))
    open_page(page, site_url + "en/assureurs/alan/")
    page.locator("#vm-cite-this summary").focus()
    page.keyboard.press("Enter")
    assert page.locator("#vm-cite-this").get_attribute("open") is not None
    # The focus was the first gesture: cite-page.js, which shows the list, is loading now.
    page.locator("#vm-cite-this-section").wait_for(state="visible")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "vm-cite-this-section"
    options = page.locator("#vm-cite-this-section option").all_inner_texts()
    assert options[0] == "Whole page" and len(options) > 2
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "vm-cite-this-copy"
    page.keyboard.press("Enter")
    page.get_by_role("status").filter(has_text="copied").wait_for()
    text = clipboard(page)
    reviewed, today = page.locator(".vm-reviewed time").inner_text(), format_date("2026-12-02", "en")
    assert text == ("“Viamedis and Almerys data breach”, page “Alan”, reviewed on "
                    f"{reviewed}, https://fuite-tiers-payant.example/en/assureurs/alan/, accessed on {today}.")
    violations = run_axe(page)
    assert not violations, describe_violations(violations)


def test_without_javascript_the_box_cites_the_whole_page(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url + "journalistes/")
        page.locator("#vm-cite-this summary").click()
        assert page.locator("#vm-cite-this-text").inner_text().endswith(
            "https://fuite-tiers-payant.example/journalistes/, consultée le [date].")
        assert not page.locator("#vm-cite-this-copy").is_visible()
        assert not page.locator("#vm-cite-this-section").is_visible()
    finally:
        context.close()


def test_the_box_is_not_printed(page, site_url):
    open_page(page, site_url + "fiche/")
    page.locator("#vm-cite-this summary").click()
    page.emulate_media(media="print")
    assert not page.locator("#vm-cite-this").is_visible()
    page.emulate_media(media="screen")
    assert page.locator("#vm-cite-this").is_visible()
