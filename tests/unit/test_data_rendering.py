"""What the build makes from data, per language: golden files for the fixture data (committed in
tests/golden/; regenerate after a deliberate change with UPDATE_GOLDEN=1), and text from data that
stays text wherever it lands."""

from __future__ import annotations

import csv
import io
import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
import yaml
from bs4 import BeautifulSoup

from factbase.data.official_actions import render_official_actions
from factbase.render.data_pages import render_downloads, render_insurer_table, render_timeline, render_updates
from factbase.render.downloads import BOM, download_files, json_text
from factbase.render.feeds import render_feed, stable_id
from factbase.render.generated import DEFERRED_TOKEN, block_renderers, insert_deferred
from factbase.render.insurer_pages import insurer_page_files, sync_files
from factbase.render.site import data_dir
from factbase.text.lang import LANGUAGES
from factbase.text.urls import docs_page_url, edit_url, relative_url, site_page_url
from tests.conftest import FIXTURES, ROOT, fixture_build, fixture_data

GOLDEN = ROOT / "tests" / "golden"
SITE = "https://example.org/"
ATOM = "{http://www.w3.org/2005/Atom}"


def build_for(tmp_path: Path, language: str, *overrides: Path):
    return fixture_build(fixture_data(tmp_path / "data", *overrides), language)


def insurer_page(build, slug: str) -> str:
    url = f"{'' if build.language == 'fr' else 'en/'}assureurs/{slug}/"
    assert block_renderers(build, url, {"insurer": slug})["insurer"]() == DEFERRED_TOKEN
    return insert_deferred(build, url, {"insurer": slug}, f"<p>{DEFERRED_TOKEN}</p>")


def outputs(build) -> dict[str, str]:
    language, env, data = build.language, build.env, build.dataset
    table_url = site_page_url("suis-je-concerne", language)
    return {
        "insurer-table.html": render_insurer_table(data.insurers, language=language, page_url=table_url, env=env),
        "insurer-page.html": insurer_page(build, "assureur-avis"),
        "insurer-page-not-concerned.html": insurer_page(build, "assureur-non-concerne"),
        "insurer-page-removed.html": insurer_page(build, "ancien-assureur"),
        "timeline.md": render_timeline(data.timeline, language=language, env=env),
        "updates.html": render_updates(data.updates, language=language, page_titles={},
                                       page_url=site_page_url("mises-a-jour", language), env=env),
        "downloads.html": render_downloads(language=language, page_url=site_page_url("journalistes", language),
                                           env=env),
        "official-actions.html": render_official_actions(
            data.official_actions, language=language, page_url=site_page_url("journalistes", language), env=env),
        "feed.xml": render_feed(data.updates, language=language, site_url=SITE, site_name="Site", rights="CC BY",
                                env=env),
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_golden_output_per_language(tmp_path, language):
    build = build_for(tmp_path, language)
    for name, text in outputs(build).items():
        stem, suffix = name.rsplit(".", 1)
        path = GOLDEN / f"{stem}.{language}.{suffix}"
        if os.environ.get("UPDATE_GOLDEN"):
            path.parent.mkdir(exist_ok=True)
            path.write_text(text, encoding="utf-8")
        assert text == path.read_text(encoding="utf-8"), f"{path.name} differs (UPDATE_GOLDEN=1 if deliberate)"


def test_golden_downloads(tmp_path):
    build = build_for(tmp_path, "fr")
    files = download_files(build.dataset, site_url=SITE, env=build.env)
    for name in ("insurers.csv", "insurers-semicolon.csv", "insurers.json", "official-actions.json", "LICENCE.txt"):
        path = GOLDEN / f"download-{name}"
        content = files[f"data/{name}"].encode("utf-8")  # bytes: the byte order mark and line ends count
        if os.environ.get("UPDATE_GOLDEN"):
            path.write_bytes(content)
        assert content == path.read_bytes(), f"{path.name} differs (UPDATE_GOLDEN=1 if deliberate)"


def test_table_rows_carry_what_scripts_need(tmp_path):
    build = build_for(tmp_path, "en")
    soup = BeautifulSoup(outputs(build)["insurer-table.html"], "html.parser")
    table = soup.select_one("table#vm-insurer-table")
    rows = table.select("tbody tr")
    assert [row["data-slug"] for row in rows] == [
        "assureur-avis", "assureur-inconnu", "assureur-non-concerne", "mutuelle-double"]  # by folded name
    double = rows[3]
    assert double["data-operators"] == "viamedis almerys" and double["data-name"] == "Élan Mutuelle"
    assert double["data-sort-name"] == "elan mutuelle" and double["data-basis"] == "reported"
    assert rows[0]["data-aliases"] == "AA"
    assert rows[0].select_one("th a")["href"] == "../assureurs/assureur-avis/"
    assert soup.select_one(".vm-insurers__controls").has_attr("hidden")  # shown by the script only
    assert table.caption.get_text() == "Insurers and organisations named by the sources (4)"


def test_timeline_has_one_anchor_per_event_grouped_by_month(tmp_path):
    build = build_for(tmp_path, "fr")
    text = outputs(build)["timeline.md"]
    assert text.index("## Janvier 2024 {#2024-01}") < text.index('id="2024-01-29-premier"') \
        < text.index('id="2024-01-fin-janvier"') < text.index("## Février 2024 {#2024-02}")
    assert "fin janvier 2024" in text and "au plus tard le 12 février 2024" in text
    assert "[@cnil-2024-02-07; @amae-2024-02]" in text


def test_feed_is_atom_with_stable_ids_and_dates_from_data(tmp_path):
    for language in LANGUAGES:
        feed = ET.fromstring(outputs(build_for(tmp_path / language, language))["feed.xml"])
        assert feed.tag == f"{ATOM}feed"
        for required in ("id", "title", "updated", "author"):
            assert feed.find(f"{ATOM}{required}") is not None, required
        assert feed.find(f"{ATOM}updated").text == "2026-11-25T00:00:00Z"
        entries = feed.findall(f"{ATOM}entry")
        assert [entry.find(f"{ATOM}id").text for entry in entries] == [
            stable_id(language, "2026-11-25-correction"), stable_id(language, "2026-11-20-lancement")]
        page = "mises-a-jour/" if language == "fr" else "en/mises-a-jour/"
        assert entries[0].find(f"{ATOM}link").get("href") == f"{SITE}{page}#2026-11-25-correction"
    assert stable_id("fr", "x") != stable_id("en", "x")  # the same update has one entry per feed


def test_downloads_are_the_data_and_validate_against_their_schemas(tmp_path):
    build = build_for(tmp_path, "fr")
    files = download_files(build.dataset, site_url=SITE, env=build.env)
    assert set(files) == {f"data/{name}" for name in (
        "insurers.json", "insurers.csv", "insurers-semicolon.csv", "timeline.json", "sources.json",
        "official-actions.json", "insurers.schema.json", "timeline.schema.json", "sources.schema.json",
        "official-actions.schema.json", "LICENCE.txt")}
    for name in ("insurers", "timeline", "sources", "official-actions"):
        data = json.loads(files[f"data/{name}.json"])
        # The download is the data file itself, read here with a plain YAML reader, not the loader's.
        written = yaml.safe_load((build.dataset.data_dir / f"{name}.yaml").read_text(encoding="utf-8"))
        assert data == json.loads(json.dumps(written, default=str))
        jsonschema.validate(data, json.loads(files[f"data/{name}.schema.json"]))
    rows = list(csv.DictReader(io.StringIO(files["data/insurers.csv"].removeprefix(BOM))))
    assert len(rows) == sum(len(insurer.operators) for insurer in build.dataset.insurers.listed)
    assert rows[0]["page_en"] == f"{SITE}en/assureurs/assureur-avis/" and rows[0]["until"] == "2023-12-31"
    assert "CC BY 4.0" in files["data/LICENCE.txt"]


def test_text_from_data_stays_text_everywhere(tmp_path):
    hostile = FIXTURES / "hostile"
    for language in LANGUAGES:
        build = build_for(tmp_path / language, language, hostile)
        made = outputs_hostile(build)
        for name, html in made.items():
            soup = BeautifulSoup(html, "html.parser")
            assert not soup.find("script"), name
            assert not soup.select("[onerror], [onload]"), name
            assert "[[generated:" not in html.replace("[[generated:sources]]", ""), name
        table = BeautifulSoup(made["table"], "html.parser")
        assert table.select_one("tbody th a").get_text() == "<script>alert(1)</script>"
        assert table.select_one("tbody tr")["data-aliases"].startswith('=HYPERLINK("http://example.invalid")')
        page = BeautifulSoup(made["page"], "html.parser")
        assert page.h1.get_text() == "<script>alert(1)</script>"
        if language == "fr":  # "[@" in data never becomes a citation
            assert "[&#64;cnil-2024-02-07]" in made["page"] and "[&#64;seed-000]" in made["page"]
        feed = ET.fromstring(render_feed(build.dataset.updates, language=language, site_url=SITE,
                                         site_name="<Site>", rights="&", env=build.env))
        entry = feed.find(f"{ATOM}entry")
        assert entry.find(f"{ATOM}title").text == build.dataset.updates[0].title.get(language)
        assert entry.find(f"{ATOM}content").text == build.dataset.updates[0].text.get(language)
    files = download_files(build.dataset, site_url=SITE, env=build.env)
    assert "<" not in files["data/insurers.json"] and "<script>" in json.loads(files["data/insurers.json"])[
        "insurers"][0]["name"]
    [row] = list(csv.DictReader(io.StringIO(files["data/insurers.csv"].removeprefix(BOM))))
    assert row["name"] == "<script>alert(1)</script>"
    assert row["aliases"].startswith("'=HYPERLINK")  # a spreadsheet would run it as a formula
    stub = insurer_page_files(build.dataset.insurers)["script-alert.fr.md"]
    assert "title: \"&lt;script&gt;alert(1)&lt;/script&gt;\"" in stub  # Material prints titles unescaped


def outputs_hostile(build) -> dict[str, str]:
    language, env, data = build.language, build.env, build.dataset
    return {
        "table": render_insurer_table(data.insurers, language=language,
                                      page_url=site_page_url("suis-je-concerne", language), env=env),
        "page": insurer_page(build, "script-alert"),
        "removed": insurer_page(build, "retire-script"),
        "updates": render_updates(data.updates, language=language, page_titles={},
                                  page_url=site_page_url("mises-a-jour", language), env=env),
    }


def test_json_text_escapes_markup_but_parses_back():
    assert json_text({"a": "<b>&</b>"}) == '{\n  "a": "\\u003cb\\u003e\\u0026\\u003c/b\\u003e"\n}\n'
    assert json.loads(json_text({"a": "<b>&</b>"})) == {"a": "<b>&</b>"}


def test_insurer_page_files_are_written_only_when_they_change(tmp_path):
    build = build_for(tmp_path, "fr")
    files = insurer_page_files(build.dataset.insurers)
    assert sorted(files)[:2] == ["ancien-assureur.en.md", "ancien-assureur.fr.md"] and len(files) == 10
    assert "reviewed: 2026-11-20" in files["assureur-inconnu.fr.md"]
    assert "reviewed: 2026-11-24" in files["ancien-assureur.fr.md"]  # removed_on
    folder = tmp_path / "assureurs"
    (folder).mkdir()
    (folder / "gone.fr.md").write_text("old", encoding="utf-8")
    assert sync_files(folder, files) == (10, 1)
    before = {path.name: path.stat().st_mtime_ns for path in folder.iterdir()}
    assert sync_files(folder, files) == (0, 0)
    assert {path.name: path.stat().st_mtime_ns for path in folder.iterdir()} == before


def test_missing_placeholder_is_reported_not_dropped(tmp_path):
    build = build_for(tmp_path, "fr")
    meta = {"insurer": "assureur-avis"}
    assert insert_deferred(build, "assureurs/assureur-avis/", meta, "<p>the placeholder was lost</p>") is None
    assert insert_deferred(build, "other/", {}, "<p>unchanged</p>") == "<p>unchanged</p>"


def test_a_docs_file_gets_the_url_that_mkdocs_gives_it():
    assert [docs_page_url(path, language) for path, language in (
        ("index.fr.md", "fr"), ("index.en.md", "en"), ("faq.fr.md", "fr"), ("faq.en.md", "en"),
        ("guide/index.en.md", "en"), ("guide/etape.fr.md", "fr"))] == ["", "en/", "faq/", "en/faq/", "en/guide/",
                                                                         "guide/etape/"]


def test_edit_url_and_data_dir():
    assert edit_url("https://github.com/o/r/edit/main/docs/", "data/insurers.yaml") == \
        "https://github.com/o/r/edit/main/data/insurers.yaml"
    assert data_dir(ROOT, {}) == ROOT / "data"
    assert data_dir(ROOT, {"SITE_DATA_DIR": ".cache/synthetic-10"}) == (ROOT / ".cache/synthetic-10").resolve()
    assert data_dir(ROOT, {"SITE_DATA_DIR": "/tmp/x"}) == Path("/tmp/x")


@pytest.mark.parametrize("language", LANGUAGES)
def test_official_action_says_how_far_the_search_went_after_every_absence(tmp_path, language):
    build = build_for(tmp_path, language)
    page_url = site_page_url("journalistes", language)
    soup = BeautifulSoup(outputs(build)["official-actions.html"], "html.parser")
    scope = build.dataset.official_actions.scope.get(language)
    records = {action.id: action for action in build.dataset.official_actions.actions}
    blocks = soup.select(".vm-action")
    assert [block.h3["id"] for block in blocks] == list(records)  # one anchor per record, dated steps first
    for block in blocks:
        action = records[block.h3["id"]]
        status = block.select_one(".vm-action__status").get_text(" ", strip=True)
        if action.outcome:
            outcome = action.outcome.get(language)
            assert f"{outcome[:1].upper()}{outcome[1:]} {scope}." in status, status
        else:
            assert scope not in status
        assert block.h3.select_one("a.headerlink")["href"] == f"#{action.id}"
    step = soup.find(id="2024-02-07-enquete").find_parent(class_="vm-action")
    assert step.select_one("time")["datetime"] == "2024-02-07"
    assert step.select_one(".vm-action__more a")["href"] == \
        relative_url(f"{'' if language == 'fr' else 'en/'}chronologie/#2024-01-29-premier", page_url)
    assert "[@cnil-2024-02-07]" in str(step) and "[@bfmtv-2024-02-07]" in str(step)  # cited, then numbered
    missing = soup.find(id="aucun-proces").find_parent(class_="vm-action")
    assert not missing.select("time") and missing.find_previous_sibling(class_="vm-actions__lead")
