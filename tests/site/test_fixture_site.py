"""The hooks' behaviour, per language, on a small site built in-process (tests/fixtures/site/): the real
mkdocs.yml, hooks and templates over a few pages and the fixture data, as mkdocs-static-i18n's own tests
build theirs. It costs the same whatever the size of the real data."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.builds import build_in_process
from tests.conftest import FIXTURES, ROOT, fixture_data

FIXTURE_SITE = FIXTURES / "site"
SITE_URL = "https://fixture.example/"
NAV = ["index.md", "suis-je-concerne.md", "chronologie.md", "glossaire.md", "sources.md", "mises-a-jour.md"]


def build_fixture_site(folder: Path, docs: Path = FIXTURE_SITE / "docs") -> tuple[int, str]:
    """Builds the fixture site (both languages: static-i18n builds the second one from the first's
    on_post_build) into folder/site, in this process; returns the build's status and what it logged."""
    shutil.copytree(docs, folder / "docs")
    data = fixture_data(folder / "data", FIXTURE_SITE / "data")
    return build_in_process(ROOT / "mkdocs.yml", folder / "site", {"SITE_DATA_DIR": str(data), "SITE_URL": SITE_URL},
                            docs_dir=str(folder / "docs"), nav=NAV)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("fixture-site")
    status, output = build_fixture_site(folder)
    assert status == 0, output
    return folder / "site"


def soup(site: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path).read_text(encoding="utf-8"), "html.parser")


LANGUAGES = [("fr", ""), ("en", "en/")]


@pytest.mark.parametrize(("language", "prefix"), LANGUAGES)
def test_each_language_has_its_pages_at_its_own_root(site, language, prefix):
    page = soup(site, f"{prefix}index.html")
    assert page.html["lang"] == language
    links = {link["hreflang"]: link["href"] for link in page.select("link[rel=alternate][hreflang]")}
    assert links == {"fr": SITE_URL, "en": SITE_URL + "en/", "x-default": SITE_URL}


@pytest.mark.parametrize(("language", "prefix"), LANGUAGES)
def test_citations_become_markers_and_terms_explain_themselves(site, language, prefix):
    page = soup(site, f"{prefix}index.html")
    marker = page.select_one("article sup.vm-cite a[data-cites='cnil-2024-02-07']")
    assert marker is not None and marker.get_text() == "1"
    assert page.select_one(f"details#page-sources a[href='../{prefix and '../'}sources/#cnil-2024-02-07'], "
                           "details#page-sources a[href$='sources/#cnil-2024-02-07']") is not None
    term = page.select_one("article a.vm-term")
    assert term is not None and term["href"].endswith("glossaire/#cnil") and term.get_text() == "CNIL"
    # not on the glossary itself, which is where the term links
    assert soup(site, f"{prefix}glossaire/index.html").select_one("article a.vm-term") is None


@pytest.mark.parametrize(("language", "prefix", "name"), [("fr", "", "Assureur Avis"), ("en", "en/", "Assureur Avis")])
def test_insurer_pages_are_made_from_the_data_in_each_language(site, language, prefix, name):
    page = soup(site, f"{prefix}assureurs/assureur-avis/index.html")
    assert page.html["lang"] == language
    assert name in page.h1.get_text()
    assert "vm-deferred-generated-html" not in str(page)


def test_the_sources_page_names_the_citing_pages_of_its_own_language(site):
    french = soup(site, "sources/index.html").select_one("[id='cnil-2024-02-07']").get_text()
    english = soup(site, "en/sources/index.html").select_one("[id='cnil-2024-02-07']").get_text()
    assert "Glossaire, Accueil du site d'essai" in french and "Glossary" not in french
    assert "Glossary, Test site home" in english and "Glossaire" not in english


@pytest.mark.parametrize(("language", "prefix"), LANGUAGES)
def test_a_feed_and_a_lookup_file_per_language(site, language, prefix):
    feed = (site / f"{prefix}feed.xml").read_text(encoding="utf-8")
    assert f'xml:lang="{language}"' in feed
    lookup = (site / f"{prefix}lookup" / "insurers.json").read_text(encoding="utf-8")
    assert "Assureur Avis" in lookup and json.loads(lookup)


@pytest.mark.parametrize(("language", "prefix"), LANGUAGES)
def test_a_404_page_and_the_redirects_per_language(site, language, prefix):
    assert soup(site, f"{prefix}404.html").html["lang"] == language
    redirect = soup(site, f"{prefix}ancienne-page/index.html")
    assert redirect.select_one("meta[http-equiv=refresh]")["content"] == "0; url=../sources/#cnil-2024-02-07"
    assert redirect.select_one("main a").get_text() == f"{SITE_URL}{prefix}sources/#cnil-2024-02-07"


@pytest.mark.parametrize(("language", "prefix", "synonym"), [("fr", "", "lexique"), ("en", "en/", "lexicon")])
def test_the_search_index_is_split_by_language_with_its_synonyms(site, language, prefix, synonym):
    docs = json.loads((site / "search" / f"search_index.{language}.json").read_text(encoding="utf-8"))["docs"]
    assert docs and all(doc["location"].startswith("en/") == (language == "en") for doc in docs)
    glossary = next(doc for doc in docs if doc["location"] == f"{prefix}glossaire/")
    assert glossary["tags"] == [synonym]


def test_every_page_carries_the_content_security_policy(site):
    for path in site.rglob("*.html"):
        policy = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").select_one(
            "meta[http-equiv=Content-Security-Policy]")
        assert policy is not None, path
    assert "Content-Security-Policy" in (site / "_headers").read_text(encoding="utf-8")


def test_a_broken_input_stops_the_in_process_build_with_every_problem(tmp_path):
    docs = tmp_path / "broken-docs"
    shutil.copytree(FIXTURE_SITE / "docs", docs)
    page = docs / "glossaire.en.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nAnd [@no-such-source].\n", encoding="utf-8")
    (docs / "chronologie.en.md").unlink()
    status, message = build_fixture_site(tmp_path / "build", docs)
    assert status == 1
    assert "3 problems in the site's inputs:" in message  # one message, every problem
    assert "glossaire.en.md:16: unknown source id 'no-such-source'" in message
    assert "glossaire.en.md:16: citation [@no-such-source] is not in section #cnil" in message
    assert "chronologie.en.md is missing" in message
