"""Redirect records (data/redirects.yaml) and the 404 page's content, as pure functions."""

import shutil
from pathlib import Path

import pytest

from factbase.data.problems import DataError
from factbase.data.redirects import Redirect, load_redirects, redirect_pages, redirect_problems
from factbase.render.not_found import not_found_context, not_found_path
from factbase.render.render import fragment_environment
from tests.conftest import ROOT

ENV = fragment_environment(ROOT / "overrides" / "fragments")


def data_dir(tmp_path: Path, records: str) -> Path:
    shutil.copy(ROOT / "data" / "redirects.schema.json", tmp_path)
    (tmp_path / "redirects.yaml").write_text(f"redirects:\n{records}", encoding="utf-8")
    return tmp_path


def test_the_real_file_loads():
    assert isinstance(load_redirects(ROOT / "data"), list)


def test_every_problem_in_the_file_is_listed_at_once(tmp_path):
    records = ('  - {from: a/, to: b/, date: "2026-01-01"}\n'
               '  - {from: a/, to: c/, date: "2026-01-02"}\n'
               '  - {from: c/, to: "#x", date: "2026-01-03"}\n'
               '  - {from: /d, to: e/, date: "2026-02-30"}\n')
    with pytest.raises(DataError) as error:
        load_redirects(data_dir(tmp_path, records))
    report = str(error.value)
    assert "'/d' has the wrong form" in report and "'2026-02-30' is not a real date" in report
    records = records.replace('{from: /d, to: e/, date: "2026-02-30"}', '{from: d/, to: e/, date: "2026-02-01"}')
    with pytest.raises(DataError) as error:
        load_redirects(data_dir(tmp_path, records))
    assert "'a/' is redirected twice (first at line 2)" in str(error.value)
    assert "'c/' is itself an old address" in str(error.value)


def test_old_addresses_must_be_gone_and_new_ones_must_exist():
    redirects = [Redirect("faq/", "", "2026-01-01", 3), Redirect("vieux/", "nouveau/#a", "2026-01-01", 4)]
    problems = [str(p) for p in redirect_problems(redirects, {"en/", "en/faq/", "en/sources/"}, "en")]
    assert problems == [
        "data/redirects.yaml:3 (record faq/, field from): /en/faq/ is still a page of the site\n"
        "    fix: remove the record, or rename the page",
        "data/redirects.yaml:4 (record vieux/, field to): /en/nouveau/ is not a page of the site\n"
        "    fix: point 'to' at an existing page (its address without en/, ending with /)",
    ]


@pytest.mark.parametrize(("language", "dest", "href", "script"), [
    ("fr", "assureurs/ancien/index.html", "../../faq/#q", "../../assets/javascripts/redirect.js"),
    ("en", "en/assureurs/ancien/index.html", "../../faq/#q", "../../../assets/javascripts/redirect.js"),
])
def test_one_record_gives_a_redirect_page_per_language(language, dest, href, script):
    [page] = redirect_pages([Redirect("assureurs/ancien/", "faq/#q", "2026-01-01", 1)], language,
                            "https://example.org/", ENV)
    prefix = "en/" if language == "en" else ""
    assert page.dest_uri == dest
    assert f'<html lang="{language}">' in page.html
    assert f'<meta http-equiv="refresh" content="0; url={href}">' in page.html
    assert f'<link rel="canonical" href="https://example.org/{prefix}faq/">' in page.html
    assert f'<a href="{href}" data-redirect>https://example.org/{prefix}faq/#q</a>' in page.html
    assert f'<script src="{script}" defer></script>' in page.html


def test_the_404_page_has_absolute_links_search_and_no_twin():
    context = not_found_context(ENV, "en", "/", [("Home", "en/"), ("Am I affected?", "en/suis-je-concerne/")])
    html = context["not_found_html"]
    assert not_found_path("en") == "en/404.html" and not_found_path("fr") == "404.html"
    assert ('<form class="vm-not-found-search" action="/en/" method="get" role="search" '
            'aria-label="Search this site">') in html
    assert '<a href="/en/suis-je-concerne/">Am I affected?</a>' in html
    assert '<p lang="fr"><a href="/" hreflang="fr">' in html
    assert context["not_found_title"] == "Page not found"
