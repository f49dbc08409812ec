"""URLs, dates, markers, alternates and the search index split."""

import pytest

from factbase.data.search_synonyms import Synonyms, read_synonyms
from factbase.pages.markers import marker_problems, replace_markers
from factbase.publish.alternates import hreflang_links, page_twins
from factbase.publish.search_index import language_of_location, split_search_index, stub_index
from factbase.text.localized import format_date
from factbase.text.urls import absolute_url, relative_url
from tests.conftest import ROOT, fixture_data


@pytest.mark.parametrize(("target", "page", "expected"), [
    ("sources/", "", "sources/"),
    ("sources/", "risques/", "../sources/"),
    ("en/sources/", "en/risques/", "../sources/"),
    ("en/sources/#cnil", "en/", "sources/#cnil"),
    ("", "en/sources/", "../../"),
    ("risques/", "risques/", "./"),
])
def test_relative_url(target, page, expected):
    assert relative_url(target, page) == expected


def test_absolute_url():
    assert absolute_url("https://example.org/site/", "en/faq/") == "https://example.org/site/en/faq/"


@pytest.mark.parametrize(("value", "language", "approximate", "expected"), [
    ("2024-02-07", "fr", False, "7 février 2024"),
    ("2024-02-01", "fr", False, "1er février 2024"),
    ("2024-02-01", "en", True, "around 1 February 2024"),
    ("2024-02", "fr", True, "vers février 2024"),
    ("2024", "en", False, "2024"),
    (None, "fr", False, "sans date"),
])
def test_format_date(value, language, approximate, expected):
    assert format_date(value, language, approximate) == expected


def test_markers_are_replaced_and_unknown_ones_reported():
    text = "# T\n\n[[generated:sources]]\n\n[[generated:nope]]\n"
    assert replace_markers(text, {"sources": lambda: "LIST"}) == "# T\n\nLIST\n\n[[generated:nope]]\n"
    [problem] = marker_problems("docs/x.fr.md", text, {"sources"})
    assert str(problem).startswith("docs/x.fr.md:5: unknown generated block [[generated:nope]]")


def test_twins_and_absolute_hreflang_links_with_x_default():
    twins = page_twins({"en": "en/faq/", "fr": "faq/"})
    assert [t.language for t in twins] == ["fr", "en"]
    assert hreflang_links("https://example.org/", twins) == [
        {"name": "Français", "lang": "fr", "link": "https://example.org/faq/"},
        {"name": "English", "lang": "en", "link": "https://example.org/en/faq/"},
        {"name": "Français", "lang": "x-default", "link": "https://example.org/faq/"},
    ]
    assert page_twins({"fr": "./"})[0].url == ""


def test_search_index_is_split_by_language():
    combined = {"config": {"lang": ["fr", "en"], "separator": "x"},
                "docs": [{"location": "", "title": "A"}, {"location": "en/", "title": "B"},
                         {"location": "en/faq/#q", "title": "C"}, {"location": "entreprises/", "title": "D"}]}
    split = split_search_index(combined)
    assert [d["title"] for d in split["fr"]["docs"]] == ["A", "D"]
    assert [d["title"] for d in split["en"]["docs"]] == ["B", "C"]
    assert split["en"]["config"] == {"lang": ["en"], "separator": "x"}
    assert stub_index(combined) == {"config": {"lang": ["fr"], "separator": "x"}, "docs": []}
    assert language_of_location("en") == "en"


def test_search_synonyms_go_to_their_page_in_their_language_only():
    combined = {"config": {"lang": ["fr", "en"]},
                "docs": [{"location": "hameconnage/", "title": "A"}, {"location": "hameconnage/#x", "title": "A2"},
                         {"location": "en/hameconnage/", "title": "B", "tags": ["kept"]},
                         {"location": "", "title": "C"}]}
    synonyms = (Synonyms("hameconnage", (("fr", ("arnaque", "fraude")), ("en", ("scam",))), None),
                Synonyms("index", (("fr", ("accueil",)), ("en", ("home",))), None))
    split = split_search_index(combined, synonyms)
    assert [(d["location"], d.get("tags")) for d in split["fr"]["docs"]] == [
        ("hameconnage/", ["arnaque", "fraude"]), ("hameconnage/#x", None), ("", ["accueil"])]
    assert [(d["location"], d.get("tags")) for d in split["en"]["docs"]] == [("en/hameconnage/", ["kept", "scam"])]
    assert "tags" not in combined["docs"][0]  # the combined index is left as it was


def test_search_synonyms_name_pages_that_exist(tmp_path):
    folder = fixture_data(tmp_path / "data")
    text = (folder / "search.yaml").read_text(encoding="utf-8")
    (folder / "search.yaml").write_text(text.replace("page: hameconnage", "page: arnaques"), encoding="utf-8")
    records, problems = read_synonyms(folder, docs_dir=ROOT / "docs")
    assert records is None
    assert [problem.message for problem in problems] == ["no page docs/arnaques.fr.md", "no page docs/arnaques.en.md"]
    records, problems = read_synonyms(ROOT / "data", docs_dir=ROOT / "docs")
    assert problems == [] and "arnaque" in records[0].words_in("fr") and "scam" in records[0].words_in("en")
