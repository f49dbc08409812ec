"""Header search: one language at a time, accents ignored, index loaded on first use."""

from urllib.parse import urlsplit

import pytest


def search(page, query: str, settle: bool = False) -> list[str]:
    """The result links for ``query``, typed key by key: the first shown, or (settle=True) those
    of the whole query, once no partial query's results can still be on screen."""
    opener = page.locator("label.md-header__button[for='__search']")
    if opener.is_visible():  # phone: the field sits behind the magnifier button
        opener.click()
    field = page.locator("input[data-md-component='search-query']")
    field.click()
    field.press_sequentially(query, delay=20)
    if not settle:
        results = page.locator(".md-search-result__item > a")
        results.first.wait_for(timeout=10_000)
        return [link.get_attribute("href") for link in results.all()]
    previous = None
    for _ in range(40):  # until two readings 250 ms apart agree: the last query's results
        page.wait_for_timeout(250)
        current = page.eval_on_selector_all(".md-search-result__item > a", "links => links.map(a => a.href)")
        if current and current == previous:
            return current
        previous = current
    raise AssertionError(f"the results for {query!r} never settled: {previous}")


@pytest.mark.parametrize(("query", "written"), [("donnees", "données"), ("securite", "sécurité"),
                                              ("DONNÉES", "données")])
def test_french_search_ignores_accents_and_lists_french_pages_only(page, site_url, query, written):
    # Without folding, "donnees" still finds a source whose address holds the word, so the test
    # asks for the same results as the word as the pages write it.
    def found(text: str) -> tuple[str, list[str]]:
        page.goto(site_url)
        hrefs = search(page, text, settle=True)
        return page.locator(".md-search-result__meta").inner_text(), hrefs

    expected_count, _ = found(written)
    count, hrefs = found(query)
    paths = [page.evaluate("h => new URL(h, location).pathname", href) for href in hrefs]
    # The same number of pages ("19 documents trouvés"); the order may differ a little, and only
    # the first ones are shown, so the links themselves are not compared.
    assert count == expected_count, f"{query!r} does not find what {written!r} finds: {count} / {expected_count}"
    assert not [path for path in paths if path.startswith("/en/")]
    page.goto(site_url)
    assert any(href.endswith("/donnees-exposees/") for href in search(page, "donnee", settle=True))


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


@pytest.mark.parametrize(("path", "name"), [("", "Rechercher"), ("en/", "Search")])
def test_the_search_dialog_has_a_name_in_the_page_language(page, site_url, path, name):
    # Material's overlay is role="dialog" without a name (Lighthouse: aria-dialog-name); site.js names it.
    page.goto(site_url + path)
    assert page.get_by_role("dialog", name=name, exact=True).count() == 1
