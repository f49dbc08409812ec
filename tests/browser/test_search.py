"""Header search: one language at a time, accents ignored, index loaded on first use."""

from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.long  # started first: see tests/conftest.py, SCHEDULE


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
    # asks for the same results as the word as the pages write it. One page for the three queries:
    # the field is emptied between them, and the index is loaded once.
    def found(text: str) -> tuple[str, list[str]]:
        page.locator("input[data-md-component='search-query']").fill("")
        hrefs = search(page, text, settle=True)
        return page.locator(".md-search-result__meta").inner_text(), hrefs

    page.goto(site_url)
    expected_count, _ = found(written)
    count, hrefs = found(query)
    paths = [page.evaluate("h => new URL(h, location).pathname", href) for href in hrefs]
    # The same number of pages ("19 documents trouvés"); the order may differ a little, and only
    # the first ones are shown, so the links themselves are not compared.
    assert count == expected_count, f"{query!r} does not find what {written!r} finds: {count} / {expected_count}"
    assert not [path for path in paths if path.startswith("/en/")]
    assert any(href.endswith("/donnees-exposees/") for href in found("donnee")[1])


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
    assert "search-worker.js" in loaded()  # our wrapper: under 1 KB
    assert "search-engine.js" not in loaded()  # its engine: at the first query
    assert not {"search_index.fr.json", "search.a7633da7.min.js"} & loaded()
    search(page, "cnil")
    assert {"search-engine.js", "search_index.fr.json", "search.a7633da7.min.js"} <= loaded()
    assert "search_index.en.json" not in loaded()


@pytest.mark.parametrize(("path", "name"), [("", "Rechercher"), ("en/", "Search")])
def test_the_search_dialog_has_a_name_in_the_page_language(page, site_url, path, name):
    # Material's overlay is role="dialog" without a name (Lighthouse: aria-dialog-name); site.js names it.
    page.goto(site_url + path)
    assert page.get_by_role("dialog", name=name, exact=True).count() == 1


# What people type (issue 15, item 7): synonyms from data/search.yaml, and stop words that no longer
# match every word that starts like them ("de*" put the accessibility statement first).

def paths_of(page, hrefs: list[str]) -> list[str]:
    return [page.evaluate("h => { const u = new URL(h, location); return u.pathname + u.hash }", href)
            for href in hrefs]


@pytest.mark.parametrize(("path", "query", "first"), [
    ("", "arnaque", "/hameconnage/"), ("", "escroquerie", "/hameconnage/"), ("", "fraude", "/hameconnage/"),
    ("en/", "scam", "/en/hameconnage/"), ("en/", "fraud", "/en/hameconnage/"),
])
def test_the_words_people_use_for_a_scam_find_the_phishing_page_first(page, site_url, path, query, first):
    page.goto(site_url + path)
    assert paths_of(page, search(page, query, settle=True))[0] == first
    assert not page.locator(".md-search-result .md-tag").count(), "the synonyms are shown as tags"


def test_the_social_security_number_finds_its_page_first(page, site_url):
    page.goto(site_url)
    found = paths_of(page, search(page, "numéro de sécurité sociale", settle=True))
    assert found[0] == "/risques/" and "/risques/#numero-de-securite-sociale" in found[:3], found[:5]
    assert "/accessibilite/" not in found[:3]


# Insurers (issue 14, item 3): a name leads to the lookup, never to "no document" alone; the hand-off
# is suis-je-concerne/#lookup=<name> (contracts §5), which the lookup page reads.

def type_query(page, query: str) -> None:
    opener = page.locator("label.md-header__button[for='__search']")
    if opener.is_visible():
        opener.click()
    field = page.locator("input[data-md-component='search-query']")
    field.click()
    field.press_sequentially(query, delay=20)


def lookup_offer(page, query: str):
    type_query(page, query)
    offer = page.locator(".vm-search-lookup a")
    offer.wait_for(timeout=10_000)
    page.wait_for_function("q => document.querySelector('.vm-search-lookup a').textContent.includes(q)", arg=query)
    return offer


@pytest.mark.parametrize(("path", "query", "lead"), [
    ("", "MGEN", "Vous cherchez votre complémentaire santé ?"),
    ("en/", "MGEN", "Looking for your complementary health insurer?"),
])
def test_a_name_that_no_page_holds_is_offered_to_the_lookup(page, site_url, path, query, lead):
    page.goto(site_url + path)
    offer = lookup_offer(page, query)
    assert page.locator(".md-search-result__meta").inner_text().strip() in ("Aucun document trouvé",
                                                                          "No matching documents")
    assert page.locator(".vm-search-lookup__lead").inner_text().replace("\u00a0", " ") == lead
    offer.click()
    page.wait_for_url(f"{site_url}{path}suis-je-concerne/#lookup={query}")


@pytest.mark.parametrize(("query", "encoded"), [("MGEN", "MGEN"), ("Harmonie", "Harmonie"),
                                               ("Intériale", "Int%C3%A9riale")])
def test_enter_opens_the_lookup_with_the_name(page, site_url, query, encoded):
    # No page found, or the insurer table among the results: the lookup is the best answer, even
    # when a page that names the insurer ranks first (Intériale: the update that added it).
    page.goto(site_url)
    lookup_offer(page, query)
    page.keyboard.press("Enter")
    page.wait_for_url(site_url + "suis-je-concerne/#lookup=" + encoded)


@pytest.mark.parametrize(("path", "query"), [("", "Harmonie"), ("en/", "macif")])
def test_a_listed_insurers_name_finds_the_table_and_offers_the_lookup(page, site_url, path, query):
    page.goto(site_url + path)
    offer = lookup_offer(page, query)
    assert f"{path}suis-je-concerne/#assureurs" in " ".join(search(page, "", settle=True))
    assert not page.locator(".vm-search-lookup__lead").is_visible()
    offer.click()
    page.wait_for_url(f"{site_url}{path}suis-je-concerne/#lookup={query}")


@pytest.mark.parametrize("query", ["arnaque", "1 85 02 75", "06 12 34"])
def test_no_lookup_offer_for_a_page_query_or_anything_with_digits(page, site_url, query):
    page.goto(site_url)
    type_query(page, query)
    page.wait_for_function("() => !/Initialisation|Taper/.test(document.querySelector('.md-search-result__meta')"
                           ".textContent)")
    page.wait_for_timeout(500)
    assert page.locator(".vm-search-lookup").is_hidden()
