"""The insurer lookup's data file and block."""

import json

import pytest
from bs4 import BeautifulSoup

from factbase.dataset import load_dataset
from factbase.insurers import Insurer, fold
from factbase.lookup import LOOKUP_FILE, lookup_data, lookup_json, render_lookup
from factbase.render import fragment_environment
from tests.conftest import ROOT

ENV = fragment_environment(ROOT / "overrides" / "fragments")
DATASET = load_dataset(ROOT / "data")
STATUSES = {"affected", "unknown", "not-concerned", "other"}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_listed_insurer_is_there_once_in_the_table_order(language):
    data = lookup_data(DATASET.insurers.listed, DATASET.sources, language)
    assert data["version"] == 1 and data["language"] == language
    rows = data["insurers"]
    assert sorted(row[1] for row in rows) == sorted(insurer.slug for insurer in DATASET.insurers.listed)
    assert [fold(row[0]) for row in rows] == sorted(fold(row[0]) for row in rows)
    by_slug = DATASET.insurers.listed_by_slug
    for name, slug, aliases, status, links in rows:
        insurer = by_slug[slug]
        assert (name, aliases, status) == (insurer.name, list(insurer.aliases), insurer.status)
        assert status in STATUSES and len(links) == len(insurer.operators)
        for (operator, basis, sources), link in zip(links, insurer.operators, strict=True):
            assert 0 <= operator < len(data["strings"]) and 0 <= basis < len(data["strings"])
            assert [data["sources"][index][0] for index in sources] == list(link.sources)


def test_texts_are_stored_once_and_in_the_page_language():
    french, english = (lookup_data(DATASET.insurers.listed, DATASET.sources, lang) for lang in ("fr", "en"))
    for data in (french, english):
        assert len(data["strings"]) == len(set(data["strings"]))
    assert "Viamedis, jusqu'au 31 décembre 2023" in french["strings"]
    assert "Viamedis, until 31 December 2023" in english["strings"]
    for data, language in ((french, "fr"), (english, "en")):
        for source_id, text in data["sources"]:
            assert text.startswith(DATASET.sources[source_id].publisher.get(language) + ", ")
    assert ["rocamadour-2024-02-08", "Rocamadour Actualités (reprise d'un article d'actu.fr), 8 février 2024"] \
        in french["sources"]


def test_hostile_names_stay_text():
    hostile = Insurer.from_yaml({
        "slug": "script-alert", "name": "</script><script>alert(1)</script>", "aliases": ['"><svg onload=x>'],
        "operators": [{"operator": "viamedis", "basis": "reported", "sources": ["cnil-2024-02-07"]}],
        "last_checked": "2026-11-25"}, None)
    text = lookup_json([hostile], DATASET.sources, "fr")
    assert json.loads(text)["insurers"][0][:3] == ["</script><script>alert(1)</script>", "script-alert",
                                                  ['"><svg onload=x>']]


@pytest.mark.parametrize(("language", "page_url", "src", "table"), [
    ("fr", "", "lookup/insurers.json", "suis-je-concerne/#assureurs"),
    ("fr", "suis-je-concerne/", "../lookup/insurers.json", "./#assureurs"),
    ("en", "en/", "lookup/insurers.json", "suis-je-concerne/#assureurs"),
    ("en", "en/suis-je-concerne/", "../lookup/insurers.json", "./#assureurs"),
])
def test_the_block_links_its_data_and_the_table_relative_to_the_page(language, page_url, src, table):
    help_url = f"{'en/' if language == 'en' else ''}a-propos/#proposer-une-correction"
    soup = BeautifulSoup(render_lookup(language=language, page_url=page_url, env=ENV, help_url=help_url), "html.parser")
    root = soup.select_one("#vm-lookup")
    assert root["data-src"] == src and src.endswith(LOOKUP_FILE)
    assert soup.select_one("noscript a")["href"] == table
    assert soup.select_one("form").has_attr("hidden") and soup.select_one("#vm-lookup-unknown").has_attr("hidden")
    field = soup.select_one("#vm-lookup-field")
    assert field["autocomplete"] == "off" and field["type"] == "search"
    assert soup.select_one("#vm-lookup-status")["role"] == "status"
    assert all(root[f"data-label-meaning-{status}"] for status in STATUSES)
