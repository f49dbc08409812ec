"""The real site, built once, read as HTML in both languages."""

import json
import re
from urllib.parse import urljoin, urlsplit

import pytest

from tests.conftest import read_html, reviewed_on

SITE_URL = "https://fuite-tiers-payant.example/"
PAIRS = [("index.html", "en/index.html"), ("sources/index.html", "en/sources/index.html")]


def html_pages(site_dir):
    return sorted(site_dir.rglob("index.html"))


def test_home_pages_have_the_right_language(site_dir):
    assert read_html(site_dir / "index.html").html["lang"] == "fr"
    assert read_html(site_dir / "en" / "index.html").html["lang"] == "en"


@pytest.mark.parametrize(("fr", "en"), PAIRS)
def test_twins_point_at_each_other(site_dir, fr, en):
    for path, language, twin in ((fr, "fr", en), (en, "en", fr)):
        soup = read_html(site_dir / path)
        assert soup.html["lang"] == language
        hreflang = {link["hreflang"]: link["href"] for link in soup.select('link[rel="alternate"][hreflang]')}
        expected = {"fr": SITE_URL + fr.removesuffix("index.html"), "en": SITE_URL + en.removesuffix("index.html")}
        assert hreflang == {**expected, "x-default": expected["fr"]}
        assert soup.select_one('link[rel="canonical"]')["href"] == SITE_URL + path.removesuffix("index.html")
        [switch] = soup.select("a.vm-lang-switch")
        page_url = SITE_URL + path
        assert urljoin(page_url, switch["href"]) == SITE_URL + twin.removesuffix("index.html")
        assert switch["hreflang"] == switch["lang"] == ("en" if language == "fr" else "fr")


def test_site_name_and_nav_are_translated(site_dir):
    fr, en = read_html(site_dir / "sources/index.html"), read_html(site_dir / "en/sources/index.html")
    assert "Fuite de données Viamedis et Almerys" in fr.title.text
    assert "Viamedis and Almerys data breach" in en.title.text
    def nav(soup):
        return [li.select_one("a, label").get_text(" ", strip=True)
                for li in soup.select("nav.md-nav--primary > ul > li")]
    assert nav(fr)[0] == "Accueil" and nav(en)[0] == "Home"
    # Section names come from nav_translations (static-i18n); the sections are added as pages land.
    assert {"Agir", "Journalistes", "À propos"} <= set(nav(fr)) and {"Act", "For journalists", "About"} <= set(nav(en))
    assert len(nav(fr)) == len(nav(en))


def test_each_language_has_its_own_search_index(site_dir):
    for language in ("fr", "en"):
        index = json.loads((site_dir / "search" / f"search_index.{language}.json").read_text(encoding="utf-8"))
        locations = [doc["location"] for doc in index["docs"]]
        assert index["config"]["lang"] == [language]
        if language == "fr":
            assert "" in locations and "sources/" in locations
            assert not [loc for loc in locations if loc.startswith("en/")]
        else:
            assert "en/" in locations and "en/sources/" in locations
            assert all(loc.startswith("en/") for loc in locations)
    stub = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert stub["docs"] == []


def test_no_asset_is_loaded_from_another_host(site_dir):
    for path in list(site_dir.rglob("*.html")) + list(site_dir.rglob("*.css")):
        text = path.read_text(encoding="utf-8")
        loads = re.findall(r'(?:src|href)="(https?://[^"]+)"', text) if path.suffix == ".html" else []
        assets = [url for url in loads if re.search(r"\.(js|css|woff2?|ttf|png|svg|jpe?g|gif|ico)(\?|$)", url)]
        imports = re.findall(r"url\((?:'|\")?(https?://[^)'\"]+)", text)
        assert not assets + imports, f"{path}: {assets + imports}"
        for tag in read_html(path).select("script[src], link[rel=stylesheet], img[src], link[rel=icon]") \
                if path.suffix == ".html" else []:
            assert not urlsplit(tag.get("src") or tag.get("href")).netloc, f"{path}: {tag}"


def test_citations_link_to_notes_and_notes_to_sources_entries(site_dir):
    sources = read_html(site_dir / "sources/index.html")
    entries = {div["id"] for div in sources.select(".vm-source")}
    home = read_html(site_dir / "index.html")
    notes = {li["id"] for li in home.select(".vm-notes li")}
    for link in home.select(".vm-cite a"):
        assert link["href"].lstrip("#") in notes
    for link in home.select(".vm-notes a[href^='sources/']"):
        assert link["href"].split("#")[1] in entries
    assert "cnil-2024-02-07" in entries
    cited_on = sources.select_one("#cnil-2024-02-07").get_text(" ", strip=True)
    assert "Cité sur" in cited_on and "Accueil" in cited_on.split("Cité sur")[1]


def test_no_marker_or_raw_citation_survives(site_dir):
    for path in html_pages(site_dir):
        text = path.read_text(encoding="utf-8")
        assert "[[generated:" not in text, path
        assert not re.search(r"\[@[a-z0-9]", text), path


REFERENCE_PAGES = ["journalistes", "glossaire", "a-propos", "accessibilite", "confidentialite", "mentions-legales"]


MONTH_NAMES = {"fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
               "en": "January February March April May June July August September October November December"}


@pytest.mark.parametrize("name", ["", *REFERENCE_PAGES, "sources"])
def test_every_page_shows_its_review_date_in_its_language(site_dir, name):
    # Each page shows the date its own file gives: pages are read over, and re-dated, one by one.
    for language, prefix, label in (("fr", "", "Page revue le"), ("en", "en/", "Page reviewed on")):
        iso = reviewed_on(name or "index", language)
        year, month, day = (int(part) for part in iso.split("-"))
        day_text = "1er" if language == "fr" and day == 1 else str(day)
        soup = read_html(site_dir / prefix / name / "index.html")
        [reviewed] = soup.select("article .vm-reviewed")
        expected = f"{label} {day_text} {MONTH_NAMES[language].split()[month - 1]} {year}"
        assert reviewed.get_text(" ", strip=True) == expected
        assert reviewed.time["datetime"] == iso


def test_the_permalink_title_is_in_the_page_language(site_dir):
    for prefix, title in (("", "Lien permanent"), ("en/", "Permanent link")):
        links = read_html(site_dir / prefix / "glossaire" / "index.html").select("a.headerlink")
        assert links and {link["title"] for link in links} == {title}


def test_publisher_and_host_come_from_mkdocs_yml(site_dir):
    for prefix, publisher, host in (("", "Éditeur", "Hébergeur"), ("en/", "Publisher", "Host")):
        notice = read_html(site_dir / prefix / "mentions-legales" / "index.html")
        facts = {dt.get_text(strip=True): dt.find_next_sibling("dd") for dt in notice.select("dl.vm-identity dt")}
        assert "fuite-tiers-payant" in facts[publisher].get_text()
        assert facts[host].get_text(strip=True) == "GitHub Pages"
        assert facts["Contact"].a["href"] == "https://github.com/fuite-tiers-payant/site/issues"
        about = read_html(site_dir / prefix / "a-propos" / "index.html")
        assert about.select_one("p.vm-contact a")["href"] == "https://github.com/fuite-tiers-payant/site/issues"


@pytest.mark.parametrize("name", REFERENCE_PAGES)
def test_twins_share_their_anchors_and_the_opt_out_marker_is_gone(site_dir, name):
    fr, en = (read_html(site_dir / prefix / name / "index.html") for prefix in ("", "en/"))
    ids = lambda soup: [h["id"] for h in soup.select("article h2[id], article h3[id]")]  # noqa: E731
    assert ids(fr) == ids(en) and len(ids(fr)) > 1
    for soup in (fr, en):
        assert "no-citation" not in str(soup)
