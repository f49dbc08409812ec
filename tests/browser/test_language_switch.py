"""The language switch opens the same page in the other language."""

import pytest

CASES = [("", "en/", "en"), ("sources/", "en/sources/", "en"), ("en/sources/", "sources/", "fr"), ("en/", "", "fr")]


@pytest.mark.parametrize(("start", "twin", "language"), CASES)
def test_switch_opens_the_twin_page(page, site_url, start, twin, language):
    page.goto(site_url + start)
    page.get_by_role("link", name="English" if language == "en" else "Français").click()
    page.wait_for_url(site_url + twin)
    assert page.evaluate("document.documentElement.lang") == language
    assert not page.traffic.bad_responses, page.traffic.bad_responses


def test_switch_keeps_working_with_the_keyboard(page, site_url):
    page.goto(site_url + "sources/")
    switch = page.locator(".vm-lang-switch")
    switch.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(site_url + "en/sources/")


def test_material_does_not_probe_sitemaps_next_to_hreflang_links(page, site_url):
    page.goto(site_url + "en/sources/")
    page.wait_for_load_state("networkidle")
    probes = [url for url in page.traffic.requests if url.endswith("sitemap.xml")]
    assert probes == []


# The switch keeps the reader's place (issue 15, item 8): the address's #anchor, or else the section
# the reader has scrolled to. Anchors are the same in both languages (factbase/pages/page_rules.py).

@pytest.mark.parametrize(("start", "twin"), [
    ("faq/#carte-vitale", "en/faq/#carte-vitale"),
    ("en/glossaire/#nir", "glossaire/#nir"),
    ("assureurs/alan/#what-to-do", "en/assureurs/alan/#what-to-do"),
    ("#page-sources", "en/#page-sources"),
])
def test_switch_keeps_the_anchor(page, site_url, start, twin):
    page.goto(site_url + start)
    page.locator(".vm-lang-switch").click()
    page.wait_for_url(site_url + twin)


@pytest.mark.parametrize(("start", "anchor", "twin"), [
    ("faq/", "mots-de-passe", "en/faq/"),
    ("en/risques/", "numero-de-securite-sociale", "risques/"),
])
def test_switch_keeps_the_section_scrolled_to(page, site_url, start, anchor, twin):
    page.goto(site_url + start)
    # Scrolled so that the section's heading sits just under the header, as a reader leaves it.
    page.evaluate("id => { const h = document.getElementById(id); window.scrollBy(0, h.getBoundingClientRect().top"
                  " - document.querySelector('.md-header').getBoundingClientRect().bottom - 8) }", anchor)
    page.wait_for_timeout(100)
    assert "#" not in page.url
    page.locator(".vm-lang-switch").click()
    page.wait_for_url(f"{site_url}{twin}#{anchor}")
    assert page.evaluate("document.documentElement.lang") == ("en" if twin.startswith("en/") else "fr")


def test_switch_at_the_top_of_a_page_adds_no_anchor(page, site_url):
    page.goto(site_url + "faq/")
    page.locator(".vm-lang-switch").click()
    page.wait_for_url(site_url + "en/faq/")
