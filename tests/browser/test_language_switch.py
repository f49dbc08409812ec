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
