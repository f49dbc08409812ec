"""The Act pages as built: the letter, the complaint guide and the printable sheet, in both languages."""

from urllib.parse import urlsplit

import pytest

from tests.conftest import read_html

SITE_URL = "https://fuite-tiers-payant.example/"
TOOL_PAGES = ("lettre-rgpd", "porter-plainte", "fiche")


def built(site_dir, name: str, language: str):
    return read_html(site_dir / ("en/" if language == "en" else "") / name / "index.html")


@pytest.mark.parametrize("name", TOOL_PAGES)
def test_twins_have_the_same_headings_and_anchors(site_dir, name):
    def anchors(soup):
        return [h["id"] for h in soup.select("article h2[id], article h3[id]")]

    fr, en = anchors(built(site_dir, name, "fr")), anchors(built(site_dir, name, "en"))
    assert fr == en and len(fr) >= 3


@pytest.mark.parametrize("language", ["fr", "en"])
def test_tool_code_loads_only_where_it_is_used(site_dir, language):
    def assets(soup):
        return {urlsplit(tag.get("src") or tag.get("href")).path.rsplit("/", 1)[-1]
                for tag in soup.select("script[src], link[rel=stylesheet]")}

    tools = {"gdpr-letter.js", "insurer-lookup-start.js", "insurer-lookup.js", "tools.css", "sheet.css"}
    assert assets(built(site_dir, "lettre-rgpd", language)) & tools == {"gdpr-letter.js", "tools.css"}
    assert assets(built(site_dir, "fiche", language)) & tools == {"sheet.css"}
    assert assets(built(site_dir, "suis-je-concerne", language)) & tools == {"insurer-lookup-start.js", "tools.css"}
    home = read_html(site_dir / ("en/" if language == "en" else "") / "index.html")
    assert assets(home) & tools == {"insurer-lookup-start.js", "tools.css"}
    assert not assets(built(site_dir, "sources", language)) & tools


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("name", TOOL_PAGES)
def test_official_sites_are_linked_by_their_home_page_only(site_dir, name, language):
    """The forms' current addresses are not established (facts.md, Not established 18): the text
    links official sites by their home page. Source notes keep the sources' own addresses."""
    soup = built(site_dir, name, language)
    for note in soup.select(".vm-notes, .vm-site-address, .md-content__button, .vm-page-actions"):
        note.decompose()
    outside = [a["href"] for a in soup.select("article a[href^='http']")]
    assert all(urlsplit(href).path in ("", "/") for href in outside), outside


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_sheet_gives_the_public_address(site_dir, language):
    prefix = "en/" if language == "en" else ""
    links = [a["href"] for a in built(site_dir, "fiche", language).select(".vm-site-address a")]
    assert links == [SITE_URL + prefix, SITE_URL + prefix + "fiche/"]


def test_the_letter_is_french_on_both_pages(site_dir):
    def letter(language):
        return [" ".join(part.get_text(" ", strip=True).split())
                for part in built(site_dir, "lettre-rgpd", language).select("#vm-letter [data-part]")]

    assert letter("fr") == letter("en") and "Madame, Monsieur," in letter("fr")
    assert built(site_dir, "lettre-rgpd", "en").select_one("#vm-letter")["lang"] == "fr"
