"""The built sites read as HTML: what data/ becomes (table, insurer pages, timeline, changelog,
feeds, downloads) in both languages, on the real data and on synthetic data with hostile text."""

from __future__ import annotations

import csv
import io
import json
import posixpath
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import jsonschema
import pytest

from factbase.data.dataset import load_dataset
from tests.conftest import ROOT, SYNTHETIC_COUNT, build_site, project_copy, read_html

ATOM = "{http://www.w3.org/2005/Atom}"
SITE_URL = "https://fuite-tiers-payant.example/"
PREFIX = {"fr": "", "en": "en/"}


@pytest.fixture(scope="module")
def data():
    return load_dataset(ROOT / "data", docs_dir=ROOT / "docs")


def resolve(site_dir: Path, page: str, href: str) -> Path:
    """The file that a relative link on ``page`` (a site path such as "suis-je-concerne/") opens."""
    path = urlsplit(urljoin("https://x/" + page, href)).path.lstrip("/")
    return site_dir / (path + "index.html" if path.endswith("/") or not path else path)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_table_lists_every_insurer_and_links_to_its_page(site_dir, data, language):
    page = f"{PREFIX[language]}suis-je-concerne/"
    soup = read_html(site_dir / page / "index.html")
    rows = soup.select("table#vm-insurer-table tbody tr")
    assert sorted(row["data-slug"] for row in rows) == sorted(i.slug for i in data.insurers.listed)
    for row in rows:
        assert row["data-operators"] and row["data-name"]
        target = resolve(site_dir, page, row.select_one("th a")["href"])
        assert target == site_dir / f"{PREFIX[language]}assureurs/{row['data-slug']}/index.html"
        assert target.exists()
    script = ("../" if language == "fr" else "../../") + "assets/javascripts/insurer-table.js"
    assert [s["src"] for s in soup.select("script[src$='insurer-table.js']")] == [script]
    assert not read_html(site_dir / PREFIX[language] / "index.html").select("script[src$='insurer-table.js']")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_each_insurer_page_has_its_twin_its_sources_and_edits_the_data(site_dir, data, language):
    other = "en" if language == "fr" else "fr"
    for insurer in data.insurers.listed:
        path = f"{PREFIX[language]}assureurs/{insurer.slug}/"
        soup = read_html(site_dir / path / "index.html")
        assert soup.h1.get_text(strip=True) == insurer.name
        assert soup.html["lang"] == language
        hreflang = {link["hreflang"]: link["href"] for link in soup.select('link[rel="alternate"][hreflang]')}
        assert hreflang[other] == f"{SITE_URL}{PREFIX[other]}assureurs/{insurer.slug}/"
        # At the foot of the page (page_actions), not as a pencil beside the title.
        assert soup.select_one("a.vm-page-action--edit-data")["href"].endswith("/edit/main/data/insurers.yaml")
        notes = {li["id"] for li in soup.select(".vm-notes li")}
        assert {f"cite-{source}" for link in insurer.operators for source in link.sources} <= notes
        assert soup.select_one("#operator") and soup.select_one(".vm-reviewed time")["datetime"] == insurer.last_checked
        nav_links = [a["href"] for a in soup.select("nav.md-nav--primary a[href]")]
        assert not [href for href in nav_links if "assureurs/" in href]  # not in the navigation


@pytest.mark.parametrize("language", ["fr", "en"])
def test_timeline_has_one_anchor_per_event(site_dir, data, language):
    soup = read_html(site_dir / PREFIX[language] / "chronologie" / "index.html")
    for event in data.timeline:
        heading = soup.find(id=event.id)
        assert heading is not None and heading.name == "h3", event.id
        assert heading.select_one("time")["datetime"] == event.date
        assert heading.select_one("a.headerlink")["href"] == f"#{event.id}"
    assert soup.find(id="2024-01") and soup.find(id="2024-02")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_changelog_and_its_feed(site_dir, data, language):
    soup = read_html(site_dir / PREFIX[language] / "mises-a-jour" / "index.html")
    assert [h["id"] for h in soup.select(".vm-update h2")] == [update.id for update in data.updates]
    feed_link = soup.select_one(".vm-feed a")
    assert resolve(site_dir, f"{PREFIX[language]}mises-a-jour/", feed_link["href"]) == \
        site_dir / PREFIX[language] / "feed.xml"
    feed = ET.parse(site_dir / PREFIX[language] / "feed.xml").getroot()
    assert feed.tag == f"{ATOM}feed" and feed.get("{http://www.w3.org/XML/1998/namespace}lang") == language
    assert feed.find(f"{ATOM}link[@rel='self']").get("href") == f"{SITE_URL}{PREFIX[language]}feed.xml"
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == len(data.updates)
    assert len({entry.find(f"{ATOM}id").text for entry in entries}) == len(entries)
    assert feed.find(f"{ATOM}updated").text == max(u.date for u in data.updates) + "T00:00:00Z"
    for entry in entries:
        link = entry.find(f"{ATOM}link").get("href")
        assert link.startswith(f"{SITE_URL}{PREFIX[language]}mises-a-jour/#")
        assert soup.find(id=link.split("#")[1])


@pytest.mark.parametrize("page", ["", "suis-je-concerne/", "assureurs/alan/", "sources/"])
@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_page_head_advertises_its_languages_feed(site_dir, page, language):
    path = f"{PREFIX[language]}{page}"
    [link] = read_html(site_dir / path / "index.html").select('head link[rel="alternate"][type="application/atom+xml"]')
    assert resolve(site_dir, path, link["href"]) == site_dir / PREFIX[language] / "feed.xml"


def test_downloads_exist_once_and_are_the_data(site_dir, data):
    folder = site_dir / "data"
    assert not (site_dir / "en" / "data").exists()
    for name in ("insurers", "timeline", "sources", "official-actions"):
        published = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
        assert published == data.plain[name]
        jsonschema.validate(published, json.loads((folder / f"{name}.schema.json").read_text(encoding="utf-8")))
    assert (folder / "insurers.csv").read_bytes()[3:] != (folder / "insurers-semicolon.csv").read_bytes()[3:]
    rows = list(csv.DictReader(io.StringIO((folder / "insurers.csv").read_text(encoding="utf-8-sig"))))
    assert len(rows) == sum(len(insurer.operators) for insurer in data.insurers.listed)
    assert {row["slug"] for row in rows} == {insurer.slug for insurer in data.insurers.listed}
    assert "CC BY 4.0" in (folder / "LICENCE.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_journalists_page_links_to_every_download_and_both_feeds(site_dir, language):
    page = f"{PREFIX[language]}journalistes/"
    links = read_html(site_dir / page / "index.html").select(".vm-downloads a")
    targets = {resolve(site_dir, page, a["href"]).relative_to(site_dir).as_posix() for a in links}
    assert {"data/insurers.json", "data/insurers.csv", "data/insurers-semicolon.csv", "data/timeline.json",
            "data/sources.json", "data/official-actions.json", "data/official-actions.schema.json",
            "data/insurers.schema.json", "data/LICENCE.txt", "feed.xml", "en/feed.xml"} <= targets
    assert all((site_dir / target).exists() for target in targets)


def test_a_source_cited_only_by_the_data_is_kept(site_dir):
    # banquesinfos-almerys is cited by one insurer note only: the "source nothing cites" check counts data.
    assert read_html(site_dir / "sources" / "index.html").find(id="banquesinfos-almerys")


# The synthetic site: many insurers, hostile text, a removed insurer.


def test_synthetic_table_has_every_row_and_hostile_text_as_text(synthetic_site_dir):
    soup = read_html(synthetic_site_dir / "suis-je-concerne" / "index.html")
    rows = soup.select("table#vm-insurer-table tbody tr")
    assert len(rows) == SYNTHETIC_COUNT
    hostile = soup.select_one('tr[data-slug="script-alert"]')
    assert hostile.select_one("th a").get_text() == "<script>alert(1)</script>"
    assert hostile["data-name"] == "<script>alert(1)</script>"


def test_no_hostile_markup_survives_anywhere(synthetic_site_dir):
    for path in synthetic_site_dir.rglob("*.html"):
        soup = read_html(path)
        for script in soup.find_all("script"):
            assert "alert(" not in script.get_text(), path
        assert not soup.select("[onerror], [onload]"), path
        assert not soup.select("img[src=x]"), path
        title = soup.title.get_text() if soup.title else ""
        if "script-alert" in path.as_posix():
            assert title.startswith("<script>alert(1)</script> - "), title


def test_hostile_text_in_feed_and_downloads_stays_text(synthetic_site_dir):
    for prefix in ("", "en/"):
        entry = ET.parse(synthetic_site_dir / prefix / "feed.xml").getroot().find(f"{ATOM}entry")
        assert "<script>" in entry.find(f"{ATOM}title").text or "]]>" in entry.find(f"{ATOM}title").text
    raw = (synthetic_site_dir / "data" / "insurers.json").read_text(encoding="utf-8")
    assert "<" not in raw
    names = {record["name"] for record in json.loads(raw)["insurers"]}
    assert "<script>alert(1)</script>" in names
    rows = list(csv.DictReader(io.StringIO((synthetic_site_dir / "data" / "insurers.csv").read_text("utf-8-sig"))))
    [hostile] = [row for row in rows if row["slug"] == "script-alert"]
    assert hostile["name"] == "<script>alert(1)</script>" and hostile["aliases"].startswith("'=")


def test_a_removed_insurer_keeps_a_page_that_says_so(synthetic_site_dir):
    for prefix in ("", "en/"):
        soup = read_html(synthetic_site_dir / prefix / "assureurs" / "assureur-retire-001" / "index.html")
        verdict = soup.select_one(".vm-verdict--removed")
        assert verdict and "2026" in verdict.get_text()
        target = verdict.select_one("a")["href"]
        page = f"{prefix}assureurs/assureur-retire-001/"
        assert posixpath.basename(posixpath.dirname(urlsplit(urljoin("https://x/" + page, target)).path))
        assert resolve(synthetic_site_dir, page, target).exists()
    assert not read_html(synthetic_site_dir / "suis-je-concerne" / "index.html").select(
        'tr[data-slug="assureur-retire-001"]')


def test_broken_data_in_several_files_stops_the_build_with_one_message(tmp_path):
    project = project_copy(tmp_path / "project")
    insurers = project / "data" / "insurers.yaml"
    text = insurers.read_text(encoding="utf-8")
    insurers.write_text(text.replace("operator: viamedis", "operator: viamedix", 1)
                        .replace('last_checked: "2026-11-25"', 'last_checked: "2026-11-31"', 1), encoding="utf-8")
    timeline = project / "data" / "timeline.yaml"
    timeline.write_text(timeline.read_text(encoding="utf-8").replace("      - fspf-2024-02\n",
                                                                      "      - fspf-2024-99\n", 1),
                        encoding="utf-8")
    result = build_site(project / "out", project / "mkdocs.yml", check=False)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "3 problems in the site's inputs" in result.stderr
    assert "'viamedix' is not allowed here" in result.stderr and "'2026-11-31' is not a real date" in result.stderr
    assert "data/timeline.yaml:" in result.stderr and "unknown source id 'fspf-2024-99'" in result.stderr
    assert not (project / "out").exists()
