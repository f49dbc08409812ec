"""The insurer lookup's data file and block."""

import functools
import json

import pytest
from bs4 import BeautifulSoup

from factbase.data.dataset import load_dataset
from factbase.data.insurers import Insurer, fold
from factbase.render.lookup import (
    INSURER_FIELDS,
    LINK_FIELDS,
    LOOKUP_FILE,
    LOOKUP_VERSION,
    lookup_data,
    lookup_json,
    main,
    render_lookup,
)
from factbase.render.render import fragment_environment
from tests.conftest import ROOT

ENV = fragment_environment(ROOT / "overrides" / "fragments")


@functools.cache
def dataset():
    """The real data, read at the first test that needs it: not at import, where one data error would
    stop every test of this file from being collected."""
    return load_dataset(ROOT / "data")
STATUSES = {"affected", "unknown", "not-concerned", "other"}


def data_of(language):
    return lookup_data(dataset().insurers.listed, dataset().sources, dataset().lookup, language)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_listed_insurer_is_there_once_in_the_table_order(language):
    data = data_of(language)
    assert data["version"] == LOOKUP_VERSION and data["language"] == language
    # The field names are written into the file, which lookup/match.js checks (tests/js/).
    assert data["insurer_fields"] == list(INSURER_FIELDS) == ["name", "slug", "aliases", "status", "links"]
    assert data["link_fields"] == list(LINK_FIELDS) == ["operator", "basis", "sources", "note"]
    rows = data["insurers"]
    assert sorted(row[1] for row in rows) == sorted(insurer.slug for insurer in dataset().insurers.listed)
    assert [fold(row[0]) for row in rows] == sorted(fold(row[0]) for row in rows)
    by_slug = dataset().insurers.listed_by_slug
    for name, slug, aliases, status, links in rows:
        insurer = by_slug[slug]
        assert (name, aliases, status) == (insurer.name, list(insurer.aliases), insurer.status)
        assert status in STATUSES and len(links) == len(insurer.operators)
        for (operator, basis, sources, note), link in zip(links, insurer.operators, strict=True):
            assert 0 <= operator < len(data["strings"]) and 0 <= basis < len(data["strings"])
            assert [data["sources"][index][0] for index in sources] == list(dict.fromkeys(
                (*link.sources, *link.note_sources)))
            assert note == -1 if link.note is None else data["strings"][note] == link.note.get(language)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_lookup_terms_operators_and_dont_know_answer_come_from_data_lookup_yaml(language):
    data = data_of(language)
    terms = dataset().lookup
    assert data["terms"] == {"stop_words": list(terms.stop_words), "generic_words": list(terms.generic_words),
                             "group_names": list(terms.group_names)}
    assert [operator["operator"] for operator in data["operators"]] == ["almerys", "viamedis"]
    viamedis = data["operators"][1]
    assert viamedis["forms"][:2] == ["viamedis", "viademis"] and "viamedys" in viamedis["forms"]
    assert viamedis["text"] == terms.operators[1].text.get(language)
    assert [data["sources"][index][0] for index in viamedis["sources"]] == list(terms.operators[1].sources)
    assert "je ne sais pas" in data["dont_know"]["phrases"] and data["dont_know"]["text"]


def test_texts_are_stored_once_and_in_the_page_language():
    french, english = (data_of(lang) for lang in ("fr", "en"))
    for data in (french, english):
        assert len(data["strings"]) == len(set(data["strings"]))
    assert "Viamedis, jusqu'au 31 décembre 2023" in french["strings"]
    assert "Viamedis, until 31 December 2023" in english["strings"]
    for data, language in ((french, "fr"), (english, "en")):
        for source_id, publisher, date in data["sources"]:
            assert publisher == dataset().sources[source_id].publisher.get(language) and date
    # The publisher in plain words, and the date, or what the fact base says of it when it has none.
    assert ["rocamadour-2024-02-08", "Rocamadour Actualités (reprise d'un article d'actu.fr)", "8 février 2024"] \
        in french["sources"]
    assert ["smh-2024-02", "SMH", "around February 2024"] in english["sources"]


def test_hostile_names_stay_text():
    hostile = Insurer.from_yaml({
        "slug": "script-alert", "name": "</script><script>alert(1)</script>", "aliases": ['"><svg onload=x>'],
        "operators": [{"operator": "viamedis", "basis": "reported", "sources": ["cnil-2024-02-07"]}],
        "last_checked": "2026-11-25"}, line=None)
    text = lookup_json([hostile], dataset().sources, dataset().lookup, "fr")
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


def test_the_exporter_prints_the_file_that_the_build_writes(capsys):
    """`python -m factbase.render.lookup fr`: what the Node tests of the matching module read."""
    assert main(["fr"]) == 0
    assert capsys.readouterr().out.strip() == lookup_json(
        dataset().insurers.listed, dataset().sources, dataset().lookup, "fr")
