"""Header search: one language at a time, accents ignored, index loaded on first use."""

from urllib.parse import urlsplit

import pytest


def search(page, query: str) -> list[str]:
    opener = page.locator("label.md-header__button[for='__search']")
    if opener.is_visible():  # phone: the field sits behind the magnifier button
        opener.click()
    field = page.locator("input[data-md-component='search-query']")
    field.click()
    field.press_sequentially(query, delay=20)
    results = page.locator(".md-search-result__item > a")
    results.first.wait_for(timeout=10_000)
    return [link.get_attribute("href") for link in results.all()]


@pytest.mark.parametrize("query", ["donnees", "securite", "DONNÉES", "donnée"])
def test_french_search_ignores_accents_and_lists_french_pages_only(page, site_url, query):
    page.goto(site_url)
    hrefs = search(page, query)
    assert hrefs, f"no result for {query!r}"
    assert not [href for href in hrefs if "/en/" in page.evaluate("h => new URL(h, location).pathname", href)]


def test_english_search_lists_english_pages_only(page, site_url):
    page.goto(site_url + "en/")
    hrefs = search(page, "social")
    paths = [page.evaluate("h => new URL(h, location).pathname", href) for href in hrefs]
    assert paths and all(path.startswith("/en/") for path in paths), paths


def test_search_index_loads_on_first_query_only(page, site_url):
    def loaded() -> set[str]:
        return {urlsplit(url).path.rsplit("/", 1)[-1] for url in page.traffic.requests}

    page.goto(site_url)
    page.wait_for_load_state("networkidle")
    assert "search-worker.js" in loaded()  # our wrapper: under 2 KB
    assert not {"search_index.fr.json", "search.a7633da7.min.js"} & loaded()
    search(page, "cnil")
    assert {"search_index.fr.json", "search.a7633da7.min.js"} <= loaded()
    assert "search_index.en.json" not in loaded()
