"""The insurer lookup in a real browser: matching, the "not in our list" answer and its near match,
the operators' and "I don't know" answers, the hand-off from site search (#lookup=), keyboard use,
announcements, accessibility, no request elsewhere and no JavaScript. On a phone's screen:
test_lookup_phone.py; with 10,000 insurers: test_lookup_scale.py. The matching policy itself is
tested in Node (tests/js/)."""

import contextlib
import json
from urllib.parse import quote

import pytest

from factbase.data.dataset import load_dataset
from factbase.data.insurers import fold
from tests.browser.conftest import describe_violations, first_result, open_lookup, recorded_page, run_axe
from tests.conftest import ROOT

pytestmark = pytest.mark.long  # started first: see tests/conftest.py, SCHEDULE

FOLDING = json.loads((ROOT / "tests" / "vectors" / "folding.json").read_text(encoding="utf-8"))["cases"]


@pytest.fixture(scope="module")
def ask(context, site_url):
    """ask(query, path): types ``query`` into the lookup of the page at ``path`` and returns the page.
    The tests that only read an answer share one open lookup per address, its field emptied before
    each query (an empty field hides every answer): a case costs a query, not a page load and the
    lookup's loading. Those about loading, the keyboard or the address open their own page."""
    opened = {}

    def ask(query: str, path: str = ""):
        if path not in opened:
            page = pages.enter_context(recorded_page(context))
            opened[path] = page, open_lookup(page, site_url, path)
        page, field = opened[path]
        field.fill("")
        field.press_sequentially(query)
        return page

    with contextlib.ExitStack() as pages:  # closes them; fails on a Content-Security-Policy violation
        yield ask


@pytest.mark.parametrize(("query", "expected"), [
    ("Malakoff Humanis", "Malakoff Humanis"),          # the exact name
    ("mutuelle generale", "La Mutuelle Générale"),     # without accents or capitals
    ("harmoni mutuele", "Harmonie Mutuelle"),          # a typo in each word
    ("Credit agricole assurances", "CA Assurances"),   # an alias
    ("msp", "Mutuelle des Services Publics"),          # an abbreviation the data gives
    ("santeclair", "Santéclair"),
    ("macif santé", "Macif"),                          # with a generic word
    ("Harmonie Mutuelle Groupe VYV", "Harmonie Mutuelle"),  # with its group's name
    ("Mutuelle générale de la police", "MGP"),         # the full name of an acronym
], ids=["exact", "no-accents", "typos", "alias", "abbreviation", "accent-folded", "generic", "group", "full-name"])
def test_each_way_of_typing_finds_the_insurer(ask, site_url, query, expected):
    page = ask(query)
    assert first_result(page, expected) == expected
    assert page.traffic.foreign(site_url) == [] and not page.traffic.console_errors


ON_DEMAND = ("/insurer-lookup.js", "/lookup/match.js", "/lookup/insurers.json", "/cite-page.js", "/nir-guard.js")


def test_the_lookup_loads_when_the_reader_reaches_for_it_and_the_first_keystroke_answers(page, site_url):
    """A page view fetches neither the lookup (its code, its data) nor the scripts that only a gesture
    needs (site.js, 4); a reader who types at once is answered as soon as they arrive."""
    open_lookup(page, site_url)
    page.wait_for_load_state("networkidle")  # what a page view would fetch, it has fetched by now
    assert [url for url in page.traffic.requests if url.endswith(ON_DEMAND)] == []
    page.locator("#vm-lookup-field").press_sequentially("macif")  # no pause: typed while it loads
    assert first_result(page, "Macif") == "Macif"
    fetched = {suffix for suffix in ON_DEMAND for url in page.traffic.requests if url.endswith(suffix)}
    assert fetched == set(ON_DEMAND)
    assert not page.traffic.console_errors and not page.traffic.bad_responses


def test_a_typo_is_offered_as_a_near_match(page, site_url):
    field = open_lookup(page, site_url)
    field.press_sequentially("aesoi")  # no accent and a typo: only folding leaves one edit
    page.locator("#vm-lookup-near").wait_for()
    assert page.locator("#vm-lookup-near-results .vm-lookup__name").first.inner_text() == "Aésio"
    assert not page.locator("#vm-lookup-results li").count()


def test_the_browser_folds_names_as_the_build_does(page, site_url):
    """Case, accents and punctuation: the browser's fold (lookup/fold.js, with the browser's own
    Unicode tables) gives the shared cases of tests/vectors/folding.json and factbase.data.insurers.fold
    of every name and alias."""
    open_lookup(page, site_url).focus()
    page.wait_for_function("() => document.getElementById('vm-lookup').vmLookup !== undefined")
    insurers = load_dataset(ROOT / "data").insurers.listed
    names = [text for insurer in insurers for text in (insurer.name, *insurer.aliases)]
    names += [case["input"] for case in FOLDING]
    expected = [fold(name) for name in names]
    assert expected[-len(FOLDING):] == [case["folded"] for case in FOLDING]
    assert page.evaluate("names => names.map(document.getElementById('vm-lookup').vmLookup.fold)", names) == expected


def test_a_result_says_operator_meaning_basis_and_who_says_so_and_links_to_the_page(page, site_url):
    field = open_lookup(page, site_url, "en/suis-je-concerne/")
    field.press_sequentially("alan")
    assert first_result(page, "Alan") == "Alan"
    card = page.locator(".vm-lookup__result").first
    text = card.inner_text()
    assert "Almerys" in text and "you may be concerned" in text and "Insurer's own notice" in text
    # The publishers in plain words, each with its date, linked to its entry on the Sources page.
    assert "According to Alan (16 February 2024) and Silicon.fr (around 8 February 2024)." in text
    assert card.locator(".vm-lookup__source").first.get_attribute("href").endswith("/en/sources/#alan-2024-02-16")
    assert card.locator(".vm-lookup__name").get_attribute("href").endswith("/en/assureurs/alan/")


def test_a_narrower_scope_and_a_link_note_are_on_the_card(page, site_url):
    field = open_lookup(page, site_url)
    field.press_sequentially("SMH")
    assert first_result(page, "SMH") == "SMH"
    text = page.locator(".vm-lookup__result").first.inner_text()
    assert "chez les opticiens et les audioprothésistes seulement" in text and "Selon SMH (vers février 2024)." in text
    field.fill("")
    field.press_sequentially("mutami")
    assert first_result(page, "Mutami") == "Mutami"
    assert "entre 2016 et le 31 décembre 2023" in page.locator(".vm-lookup__result").first.inner_text()


def test_an_unknown_name_is_not_called_safe(page, site_url):
    field = open_lookup(page, site_url)
    field.press_sequentially("Mutuelle Imaginaire")
    unknown = page.locator("#vm-lookup-unknown")
    unknown.wait_for()
    text = unknown.inner_text()
    assert "Mutuelle Imaginaire" in text and "pas que cet organisme est épargné" in text
    assert "demandez à votre complémentaire santé" in text
    links = unknown.locator("a:not(.vm-term)")  # a term in the text links to the glossary first
    assert links.nth(0).get_attribute("href").endswith("lettre-rgpd/")
    assert links.nth(1).get_attribute("href").endswith("a-propos/#proposer-une-correction")
    assert not page.locator("#vm-lookup-results li").count() and page.locator("#vm-lookup-near").is_hidden()


@pytest.mark.parametrize("query", ["MGEN", "MAIF", "Miel Mutuelle", "Mutuelle générale de l'Éducation nationale"])
def test_an_insurer_that_is_not_listed_gets_no_other_insurers_answer(ask, query):
    """Issue 14's cases: today MGEN answered Generali, MAIF Macif, Miel Mutuelle Mutuelle Mieux-Être."""
    page = ask(query)
    page.locator("#vm-lookup-unknown").wait_for()
    assert not page.locator("#vm-lookup-results li").count()
    assert not page.locator("#vm-lookup-near-results li").count()


@pytest.mark.parametrize(("path", "question"), [
    ("", "Nom proche : Macif — est-ce bien le vôtre ?"),
    ("en/", "A close name: Macif — is it yours?"),
])
def test_a_near_match_comes_after_not_in_our_list_as_a_question_with_its_own_card(ask, path, question):
    page = ask("macsf", path)
    page.locator("#vm-lookup-near").wait_for()
    unknown = page.locator("#vm-lookup-unknown")
    # First what was typed is not in the list, then the question, then the card of the name offered.
    lines = unknown.inner_text().split("\n")
    assert "macsf" in lines[0]
    assert page.locator("#vm-lookup-near-question").inner_text().replace("\u00a0", " ") == question
    near_card = page.locator("#vm-lookup-near-results .vm-lookup__result")
    assert near_card.count() == 1 and near_card.locator(".vm-lookup__name").inner_text() == "Macif"
    assert "vm-lookup__result--near" in near_card.get_attribute("class")
    assert not page.locator("#vm-lookup-results li").count(), "a near match is never the answer"


@pytest.mark.parametrize(("path", "query", "expected"), [
    ("", "Viamedis", "Viamedis est un opérateur de tiers payant, pas une complémentaire santé."),
    ("", "almérys", "Almerys est un opérateur de tiers payant, pas une complémentaire santé."),
    ("en/", "Viademis", "Viamedis is a tiers-payant operator, not a complementary health insurer."),
])
def test_an_operators_name_gets_what_an_operator_is_with_its_sources(ask, path, query, expected):
    page = ask(query, path)
    explain = page.locator("#vm-lookup-explain")
    explain.wait_for()
    text = explain.inner_text().replace("\u00a0", " ")
    assert text.startswith(expected)
    assert "carte de tiers payant" in text or "tiers-payant card" in text
    sources = [link.get_attribute("href") for link in explain.locator(".vm-lookup__source").all()]
    assert sources and all("sources/#" in href for href in sources)
    assert page.locator("#vm-lookup-unknown").is_hidden() and not page.locator("#vm-lookup-results li").count()


@pytest.mark.parametrize(("path", "query"), [("", "je ne sais pas"), ("en/", "I don't know")])
def test_a_reader_who_does_not_know_the_name_is_told_where_to_look(ask, path, query):
    page = ask(query, path)
    explain = page.locator("#vm-lookup-explain")
    explain.wait_for()
    text = explain.inner_text()
    assert "carte de tiers payant" in text or "tiers-payant card" in text
    assert explain.locator(".vm-lookup__source").count() >= 2


def test_a_number_is_never_searched_and_the_reader_is_told_none_is_needed(page, site_url):
    field = open_lookup(page, site_url)
    field.press_sequentially("1 85 05 78 006 084 36")
    page.locator("#vm-lookup-status").filter(has_text="aucun numéro").wait_for()
    assert not page.locator("#vm-lookup-results li").count() and page.locator("#vm-lookup-unknown").is_hidden()
    assert page.traffic.foreign(site_url) == []


def test_keyboard_only_tab_type_arrow_enter(page, site_url):
    open_lookup(page, site_url)
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "vm-lookup-field":
            break
    else:
        pytest.fail("Tab never reached the lookup field")
    page.keyboard.type("mutuelle des services")
    assert first_result(page, "Mutuelle des Services Publics") == "Mutuelle des Services Publics"
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.textContent") == "Mutuelle des Services Publics"
    page.keyboard.press("ArrowUp")
    assert page.evaluate("document.activeElement.id") == "vm-lookup-field"
    page.keyboard.press("ArrowDown")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith("/assureurs/mutuelle-des-services-publics/")


def test_results_are_announced_in_a_live_region(page, site_url):
    field = open_lookup(page, site_url)
    status = page.locator("#vm-lookup-status")
    assert status.get_attribute("role") == "status" and status.get_attribute("aria-live") == "polite"
    field.press_sequentially("macif")
    status.filter(has_text="1 organisme trouvé").wait_for()
    assert "Macif" in status.inner_text()
    field.fill("")
    field.press_sequentially("zzzz inconnu")
    # Before the pause, the line shows no stale count above the "not in our list" answer.
    assert "trouvé" not in status.inner_text()
    status.filter(has_text="ne correspond").wait_for()


def test_the_data_loads_on_first_focus_only_and_from_this_site(page, site_url):
    field = open_lookup(page, site_url)
    loaded = lambda: [url for url in page.traffic.requests if url.endswith("/lookup/insurers.json")]  # noqa: E731
    assert not loaded()
    field.focus()
    page.wait_for_load_state("networkidle")
    assert loaded() == [site_url + "lookup/insurers.json"]
    field.press_sequentially("ag2r")
    assert first_result(page, "AG2R La Mondiale") == "AG2R La Mondiale"
    assert page.traffic.foreign(site_url) == []
    assert page.context.cookies() == [] and page.evaluate("localStorage.length + sessionStorage.length") == 0


@pytest.mark.parametrize("path", ["", "en/suis-je-concerne/"])
def test_no_accessibility_violation_with_results_or_none(page, site_url, path):
    field = open_lookup(page, site_url, path)
    field.press_sequentially("mutuelle")
    page.locator("#vm-lookup-results .vm-lookup__name").first.wait_for()
    violations = run_axe(page)
    answers = (("qqqq", "#vm-lookup-unknown"), ("macsf", "#vm-lookup-near"), ("viamedis", "#vm-lookup-explain"))
    for query, shown in answers:
        field.fill("")
        field.press_sequentially(query)
        page.locator(shown).wait_for()
        violations += run_axe(page)
    assert not violations, describe_violations(violations)


# The hand-off from site search (contracts.md §5): suis-je-concerne/#lookup=<encodeURIComponent(name)>.

@pytest.mark.parametrize(("path", "name", "expected"), [
    ("suis-je-concerne/", "Harmonie Mutuelle", "Harmonie Mutuelle"),
    ("en/suis-je-concerne/", "Mutuelle générale de la police", "MGP"),
])
def test_a_lookup_address_fills_the_field_and_answers(page, site_url, path, name, expected):
    page.goto(site_url + path + "#lookup=" + quote(name, safe=""))
    assert first_result(page, expected) == expected
    assert page.locator("#vm-lookup-field").input_value() == name
    # And when the address changes on the same page (the hashchange event).
    page.evaluate("name => { location.hash = 'lookup=' + encodeURIComponent(name) }", "Viamédis")
    page.locator("#vm-lookup-explain").wait_for()
    assert page.locator("#vm-lookup-field").input_value() == "Viamédis"
    assert page.traffic.foreign(site_url) == []


def test_a_lookup_address_never_searches_a_number(page, site_url):
    page.goto(site_url + "suis-je-concerne/#lookup=" + quote("1 85 05 78 006 084 36"))
    page.locator("#vm-lookup-status").filter(has_text="aucun numéro").wait_for()
    assert not page.locator("#vm-lookup-results li").count()


@pytest.mark.parametrize("path", ["suis-je-concerne/", "en/suis-je-concerne/", "", "en/"])
def test_without_javascript_the_table_is_there_and_the_page_says_why(browser, site_url, path):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + path)
    assert not page.locator("#vm-lookup-field").is_visible()
    note = page.locator(".vm-lookup__nojs")
    assert "JavaScript" in note.inner_text()
    table = note.locator("a").get_attribute("href")
    page.goto(page.url.split("#")[0] + table if table.startswith("#") else page.url + table)
    assert page.locator("#vm-insurer-table tbody tr").count() > 20
    context.close()
