"""Old addresses in data/redirects.yaml become redirect pages in both languages."""

import pytest

from sitecheck.built import BuiltSite
from sitecheck.ledger import resolve_problem
from sitecheck.links import link_problems
from tests.conftest import build_site, project_copy, read_html

SITE_URL = "https://fuite-tiers-payant.example/"


@pytest.mark.parametrize(("old", "language", "href", "canonical"), [
    ("ancienne-page/", "fr", "../sources/#cnil-2024-02-07", "sources/"),
    ("en/ancienne-page/", "en", "../sources/#cnil-2024-02-07", "en/sources/"),
    ("vieux/dossier/", "fr", "../../", ""),
    ("en/vieux/dossier/", "en", "../../", "en/"),
])
def test_each_record_gives_a_redirect_page_per_language(variant_site_dir, old, language, href, canonical):
    soup = read_html(variant_site_dir / old / "index.html")
    assert soup.html["lang"] == language
    assert soup.select_one('meta[http-equiv="refresh"]')["content"] == f"0; url={href}"
    assert soup.select_one('link[rel="canonical"]')["href"] == SITE_URL + canonical
    assert soup.select_one('meta[name="robots"]')["content"] == "noindex"
    link = soup.select_one("a[data-redirect]")  # visible, for browsers that block refreshes
    assert link["href"] == href and link.get_text().startswith(SITE_URL + canonical)
    assert soup.select_one("script[src$='assets/javascripts/redirect.js']")


def test_redirects_pass_the_link_checker_and_keep_ledger_addresses_alive(variant_site_dir):
    site = BuiltSite.open(variant_site_dir)
    assert link_problems(site) == []
    assert len(site.redirects()) == 4 and not set(site.redirects()) & set(site.pages())
    assert resolve_problem(site, "/en/ancienne-page/#francetvinfo-2024-02-07") is None
    assert resolve_problem(site, "/vieux/dossier/#nope") == "no element with id 'nope' on /"


def test_a_redirect_from_a_live_page_or_to_a_missing_one_stops_the_build(tmp_path):
    project = project_copy(tmp_path / "project")
    (project / "data" / "redirects.yaml").write_text(
        'redirects:\n  - {from: sources/, to: "", date: "2026-11-25"}\n'
        '  - {from: vieux/, to: nulle-part/, date: "2026-11-25"}\n', encoding="utf-8")
    result = build_site(project / "out", project / "mkdocs.yml", check=False)
    assert result.returncode != 0
    assert "2 problems in the site's inputs" in result.stderr
    assert "/sources/ is still a page of the site" in result.stderr
    assert "/nulle-part/ is not a page of the site" in result.stderr
    assert "Traceback" not in result.stderr
