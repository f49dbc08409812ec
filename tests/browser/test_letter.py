"""The GDPR access-request letter in the browser: filled in the page, copied, e-mailed, printed;
clear messages when fields are empty; nothing leaves the browser or stays after the page."""

from urllib.parse import unquote

import pytest

from tests.browser.conftest import clipboard, describe_violations, run_axe

NIR_LIKE = "1 85 05 78 006 084 36"


@pytest.fixture(scope="module")
def context(clipboard_context):
    """This module's pages may read and write the clipboard."""
    return clipboard_context


def open_letter(page, site_url, language="fr"):
    """The page with its letter tool open: the tool's section is folded (fold: 2), and an anchor to it
    opens it, as the reader's tap on its heading does. goto() returns once the page has loaded, so
    its module (gdpr-letter.js) has run."""
    page.goto(site_url + ("en/" if language == "en" else "") + "lettre-rgpd/#preparer-la-lettre")
    assert page.locator("details.vm-fold:has(#preparer-la-lettre)").get_attribute("open") is not None


def letter_text(page) -> str:
    return page.locator("#vm-letter").inner_text()



def test_the_letter_holds_the_name_and_the_chosen_insurer(page, site_url):
    open_letter(page, site_url)
    page.locator("#vm-letter-name").press_sequentially("Marie Dupont")
    page.locator("#vm-letter-insurer").press_sequentially("Mutuelle des Services Publics")
    page.locator("#vm-letter-address").fill("12 rue des Lilas\n75011 Paris")
    text = letter_text(page)
    assert "Marie Dupont" in text and "À l'attention de Mutuelle des Services Publics" in text
    assert "12 rue des Lilas\n75011 Paris" in text and "[" not in text
    page.get_by_role("button", name="Copier la lettre").click()
    page.get_by_role("status").filter(has_text="copiée").wait_for()
    copied = clipboard(page)
    assert copied.startswith("Marie Dupont\n12 rue des Lilas\n75011 Paris\n\nÀ l'attention de Mutuelle des Services")
    assert copied.rstrip().endswith("salutations distinguées.\n\nMarie Dupont")
    assert "- si mes données personnelles figurent" in copied
    mail = page.locator("[data-action=mail]").get_attribute("href")
    assert mail.startswith("mailto:?subject=") and unquote(mail.split("&body=")[1]) == copied
    assert page.traffic.foreign(site_url) == [] and not page.traffic.console_errors


def test_the_insurer_field_offers_the_site_s_insurer_names(page, site_url):
    open_letter(page, site_url)
    options = page.locator("#vm-letter-insurers option")
    assert options.count() == 0  # nothing is loaded before the reader gets to the field
    page.locator("#vm-letter-insurer").focus()
    page.wait_for_function("() => document.querySelectorAll('#vm-letter-insurers option').length > 20")
    names = [option.get_attribute("value") for option in options.all()]
    assert "Mutuelle des Services Publics" in names and "La Mutuelle Générale" in names
    assert [url for url in page.traffic.requests if "/lookup/" in url] == [site_url + "lookup/insurers.json"]
    assert page.traffic.foreign(site_url) == []


def test_the_english_page_gives_the_same_french_letter_and_a_reading_aid(page, site_url):
    open_letter(page, site_url, "en")
    page.locator("#vm-letter-name").press_sequentially("John Smith")
    page.locator("#vm-letter-insurer").press_sequentially("Alan")
    assert page.locator(".vm-letter__aid").first.is_visible()
    page.get_by_role("button", name="Copy the letter").click()
    page.get_by_role("status").filter(has_text="copied").wait_for()
    copied = clipboard(page)
    assert "Madame, Monsieur," in copied and "John Smith" in copied and "À l'attention de Alan" in copied
    assert "In English" not in copied and "Dear Sir" not in copied


def test_empty_fields_give_clear_messages_and_never_a_broken_letter(page, site_url):
    open_letter(page, site_url)
    page.evaluate("navigator.clipboard.writeText('nothing copied')")
    text = letter_text(page)
    for broken in ("undefined", "null", "[]", "  ", " ,", " ."):
        assert broken not in text
    assert "[Prénom Nom]" in text and "par écrit" in text
    notes = page.locator("#vm-letter-notes li")
    assert [item.is_visible() for item in notes.all()] == [True, True]
    page.get_by_role("button", name="Copier la lettre").click()
    page.get_by_role("status").filter(has_text="n'est pas prête").wait_for()
    assert page.locator("#vm-letter-name-error").is_visible()
    assert page.locator("#vm-letter-name").get_attribute("aria-invalid") == "true"
    assert page.evaluate("document.activeElement.id") == "vm-letter-name"
    assert clipboard(page) == "nothing copied"
    page.locator("[data-action=mail]").click()
    assert "mailto" not in page.url
    page.locator("#vm-letter-name").press_sequentially("M")
    assert not page.locator("#vm-letter-name-error").is_visible()
    assert page.traffic.foreign(site_url) == [] and not page.traffic.console_errors


def test_a_number_like_a_social_security_number_stays_out_until_confirmed(page, site_url):
    open_letter(page, site_url)
    page.locator("#vm-letter-name").press_sequentially("Marie Dupont")
    page.locator("#vm-letter-member").press_sequentially(NIR_LIKE)
    warning = page.locator("#vm-letter-member-warning")
    assert warning.is_visible() and "sécurité sociale" in warning.inner_text()
    assert warning.get_attribute("role") == "alert"
    assert "006" not in letter_text(page)
    page.get_by_label("C'est bien mon numéro d'adhérent").check()
    assert f"Mon numéro d'adhérent est {NIR_LIKE}." in letter_text(page)
    page.locator("#vm-letter-member").fill("AB-12345")
    assert not warning.is_visible() and "Mon numéro d'adhérent est AB-12345." in letter_text(page)


def test_fields_are_empty_again_after_leaving_the_page(page, site_url):
    open_letter(page, site_url)
    page.locator("#vm-letter-name").press_sequentially("Marie Dupont")
    page.goto(site_url + "sources/")
    page.go_back()
    page.wait_for_load_state("networkidle")
    assert page.locator("#vm-letter-name").input_value() == ""
    assert "[Prénom Nom]" in letter_text(page)
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0
    assert page.context.cookies() == []
    # Whether or not the browser keeps the page in its back-forward cache, leaving it empties the form.
    page.locator("#vm-letter-name").press_sequentially("Marie Dupont")
    page.evaluate("window.dispatchEvent(new PageTransitionEvent('pagehide'))")
    assert page.locator("#vm-letter-name").input_value() == ""


def test_printing_shows_the_letter_alone(page, site_url):
    open_letter(page, site_url, "en")
    page.locator("#vm-letter-name").press_sequentially("John Smith")
    page.evaluate("document.documentElement.classList.add('vm-printing-letter')")
    page.emulate_media(media="print")
    assert page.locator("#vm-letter").is_visible()
    for hidden in ("h1", "#vm-letter-form", ".vm-letter__aid", ".md-header", "#vm-letter-notes", ".vm-fold__summary"):
        assert not page.locator(hidden).first.is_visible(), hidden
    page.emulate_media(media="screen")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_no_accessibility_violation_in_any_state(page, site_url, language):
    open_letter(page, site_url, language)
    page.locator("[data-action=copy]").focus()  # a focused button
    violations = run_axe(page)
    page.locator("[data-action=copy]").click()  # empty name: error shown
    violations += run_axe(page)
    page.locator("#vm-letter-member").press_sequentially(NIR_LIKE)  # warning shown
    page.locator("#vm-letter-name").press_sequentially("Marie Dupont")
    violations += run_axe(page)
    assert not violations, describe_violations(violations)


def test_without_javascript_the_letter_can_be_copied_by_hand(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "lettre-rgpd/")
    page.locator("summary:has(#preparer-la-lettre)").click()  # the tool's folded section, opened by a tap
    assert not page.locator("#vm-letter-form").is_visible()
    assert "JavaScript" in page.locator(".vm-letter-tool__nojs").inner_text()
    assert "[Prénom Nom]" in page.locator("#vm-letter").inner_text()
    context.close()
