"""The insurer lookup in a real browser: matching, the "not in our list" answer, keyboard use,
announcements, accessibility, no request elsewhere, no JavaScript, and 10,000 insurers."""

import contextlib
import importlib.util
import json

import pytest
from playwright.sync_api import Error as PlaywrightError

from factbase.dataset import load_dataset
from factbase.insurers import Insurer, fold
from factbase.lookup import lookup_json
from tests.browser.conftest import describe_violations, run_axe
from tests.conftest import ROOT


def open_lookup(page, site_url, path=""):
    page.goto(site_url + path)
    page.wait_for_load_state("networkidle")
    return page.locator("#vm-lookup-field")


FIRST_RESULT = "document.querySelector('#vm-lookup-results .vm-lookup__name')?.textContent"


def first_result(page, expected: str) -> str:
    """The first result's name once it is ``expected`` (results follow each keystroke), else the
    name shown after 5 s, for the assertion message."""
    # Predicates are written as functions: Playwright runs a bare expression through eval() in the
    # page, which the site's CSP forbids (no 'unsafe-eval').
    with contextlib.suppress(PlaywrightError):  # the caller's assertion shows what was there
        page.wait_for_function(f"() => {FIRST_RESULT} === {json.dumps(expected)}", timeout=5_000)
    return page.evaluate(FIRST_RESULT)


@pytest.mark.parametrize(("query", "expected"), [
    ("Malakoff Humanis", "Malakoff Humanis"),          # the exact name
    ("mutuelle generale", "La Mutuelle Générale"),     # without accents or capitals
    ("harmoni mutuele", "Harmonie Mutuelle"),          # a typo in each word
    ("Credit agricole assurances", "CA Assurances"),   # an alias
    ("msp", "Mutuelle des Services Publics"),          # an abbreviation the data gives
    ("santeclair", "Santéclair"),
    ("aesoi", "Aésio"),                                # no accent and a typo: only folding leaves one edit
], ids=["exact", "no-accents", "typos", "alias", "abbreviation", "accent-folded", "accent-and-typo"])
def test_each_way_of_typing_finds_the_insurer(page, site_url, query, expected):
    field = open_lookup(page, site_url)
    field.press_sequentially(query)
    assert first_result(page, expected) == expected
    assert page.traffic.foreign(site_url) == [] and not page.traffic.console_errors


def test_the_browser_folds_names_as_the_build_does(page, site_url):
    """Case, accents and punctuation: the script's fold must equal factbase.insurers.fold."""
    open_lookup(page, site_url).focus()
    insurers = load_dataset(ROOT / "data").insurers.listed
    names = [text for insurer in insurers for text in (insurer.name, *insurer.aliases)]
    names += ["KLESIA Prévoyance – HCR Bien-Être", "L'ŒUVRE  d’assurance", "AG2R-La_Mondiale", "ÉÈÊË àâä ç ß"]
    assert page.evaluate("names => names.map(document.getElementById('vm-lookup').vmLookup.fold)", names) == \
        [fold(name) for name in names]


def test_a_result_says_operator_meaning_basis_and_source_and_links_to_the_page(page, site_url):
    field = open_lookup(page, site_url, "en/suis-je-concerne/")
    field.press_sequentially("alan")
    assert first_result(page, "Alan") == "Alan"
    card = page.locator(".vm-lookup__result").first
    text = card.inner_text()
    assert "Almerys" in text and "you may be concerned" in text and "Insurer's own notice" in text
    assert card.locator(".vm-lookup__source").first.get_attribute("href").endswith("/en/sources/#alan-2024-02-16")
    assert card.locator(".vm-lookup__name").get_attribute("href").endswith("/en/assureurs/alan/")


def test_an_unknown_name_is_not_called_safe(page, site_url):
    field = open_lookup(page, site_url)
    field.press_sequentially("Mutuelle Imaginaire")
    unknown = page.locator("#vm-lookup-unknown")
    unknown.wait_for()
    text = unknown.inner_text()
    assert "Mutuelle Imaginaire" in text and "pas que cet organisme est épargné" in text
    assert "demandez à votre complémentaire santé" in text
    links = unknown.locator("a")
    assert links.nth(0).get_attribute("href").endswith("lettre-rgpd/")
    assert links.nth(1).get_attribute("href").endswith("a-propos/#proposer-une-correction")
    assert not page.locator("#vm-lookup-results li").count()


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
    field.fill("")
    field.press_sequentially("qqqq")
    page.locator("#vm-lookup-unknown").wait_for()
    violations += run_axe(page)
    assert not violations, describe_violations(violations)


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


# Scale: 10,000 synthetic insurers (scripts/synthetic_data.py), served in place of the real file.

@pytest.fixture(scope="module")
def synthetic_lookup() -> str:
    spec = importlib.util.spec_from_file_location("synthetic_data", ROOT / "scripts" / "synthetic_data.py")
    synthetic = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(synthetic)
    real = load_dataset(ROOT / "data")
    cited = sorted(real.insurers.source_ids())
    controller = sorted(s for s in cited if real.sources[s].reliability == "controller")
    records = synthetic.synthetic_insurers(10_000, cited, controller, hostile=True, removed=0)["insurers"]
    insurers = [*real.insurers.listed, *(Insurer.from_yaml(record, None) for record in records)]
    return lookup_json(insurers, real.sources, real.lookup, "fr")


KEYSTROKE_QUERIES = ["assureur synthetique 04242", "as0999", "synthetiqe", "mutuele generle", "malakof humanis",
                     "lamutuellegenerale", "<script>", "ag2r"]
TYPE_KEYSTROKES = """(queries) => {
  const field = document.getElementById("vm-lookup-field"), results = document.getElementById("vm-lookup-results")
  const shown = []
  for (const query of queries) {
    for (let i = 1; i <= query.length; i++) {
      field.value = query.slice(0, i)
      field.dispatchEvent(new Event("input", {bubbles: true}))
      shown.push(results.children.length)
    }
  }
  return shown
}"""


def test_every_keystroke_gives_results_with_10000_insurers(page, site_url, synthetic_lookup):
    """Each keystroke of typical and worst-case queries runs the lookup over 10,032 insurers and lays
    out its results. Its speed is measured by `make bench` (benchmarks/latency.py, BENCHMARKS.md
    section 7), never asserted in a test: this machine is shared."""
    page.route("**/lookup/insurers.json", lambda route: route.fulfill(
        status=200, content_type="application/json", body=synthetic_lookup))
    field = open_lookup(page, site_url, "suis-je-concerne/")
    field.focus()
    page.wait_for_function("() => document.getElementById('vm-lookup').vmLookup.search('as') !== null")
    shown = page.evaluate(TYPE_KEYSTROKES, KEYSTROKE_QUERIES)
    typed = [query[:i] for query in KEYSTROKE_QUERIES for i in range(1, len(query) + 1)]
    assert len(shown) == len(typed) and all(count >= 0 for count in shown), shown
    field.fill("")
    field.press_sequentially("assureur synthetique 04242")
    assert first_result(page, "Assureur synthétique 04242") == "Assureur synthétique 04242"
    json.loads(synthetic_lookup)  # the served file is valid JSON
