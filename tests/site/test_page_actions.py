"""Every built page ends with plain links: edit this page, edit the data it shows, report an error
(a new issue with the page's address filled in)."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from factbase.render.page_actions import REPORT_FORM, REPORT_PAGE_FIELD
from tests.conftest import ROOT, read_html

EDIT = "https://github.com/fuite-tiers-payant/site/edit/main/"
ISSUES = "https://github.com/fuite-tiers-payant/site/issues/new"
LABELS = {"fr": ("Modifier cette page", "Modifier les données", "Signaler une erreur"),
          "en": ("Edit this page", "Edit the data", "Report an error")}
DATA_PAGES = {"chronologie": "data/timeline.yaml", "mises-a-jour": "data/updates.yaml",
              "suis-je-concerne": "data/insurers.yaml", "sources": "data/sources.yaml"}


def content_pages(site_dir):
    return [path for path in sorted(site_dir.rglob("index.html"))
            if read_html(path).select_one("link[rel=canonical]") is not None]


def actions(soup) -> dict[str, tuple[str, str]]:
    [paragraph] = soup.select("p.vm-page-actions")
    links = paragraph.select("a")
    assert not paragraph.select("script, button")
    return {link["class"][1].removeprefix("vm-page-action--") + str(index): (link.get_text(strip=True), link["href"])
            for index, link in enumerate(links)}


def test_every_page_has_the_links(site_dir):
    pages = content_pages(site_dir)
    assert len(pages) > 60  # the hand-written pages and the insurer pages, in both languages
    for path in pages:
        soup = read_html(path)
        language = soup.html["lang"]
        found = actions(soup)
        report_label, report_href = next(value for key, value in found.items() if key.startswith("report"))
        assert report_label == LABELS[language][2]
        query = parse_qs(urlsplit(report_href).query)
        assert report_href.startswith(ISSUES + "?") and query["template"] == [REPORT_FORM]
        assert query[REPORT_PAGE_FIELD] == [soup.select_one("link[rel=canonical]")["href"]], path
        assert soup.title.get_text().split(" - ")[0].replace("\u00a0", " ") in query["title"][0]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_edit_links_point_at_the_page_and_at_its_data(site_dir, language):
    prefix = "" if language == "fr" else "en/"
    edit, edit_data, _ = LABELS[language]
    faq = list(actions(read_html(site_dir / prefix / "faq" / "index.html")).values())
    assert faq[0] == (edit, f"{EDIT}docs/faq.{language}.md") and len(faq) == 2
    for page, data_file in DATA_PAGES.items():
        links = list(actions(read_html(site_dir / prefix / page / "index.html")).values())
        assert links[:2] == [(edit, f"{EDIT}docs/{page}.{language}.md"),
                             (f"{edit_data} ({data_file})", f"{EDIT}{data_file}")], page
    slug = yaml.safe_load((ROOT / "data" / "insurers.yaml").read_text(encoding="utf-8"))["insurers"][0]["slug"]
    insurer = list(actions(read_html(site_dir / prefix / "assureurs" / slug / "index.html")).values())
    assert insurer[0] == (f"{edit_data} (data/insurers.yaml)", f"{EDIT}data/insurers.yaml") and len(insurer) == 2
