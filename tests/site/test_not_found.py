"""One 404 page per language, each helping the reader on, with no hreflang of another page."""

import pytest

from sitecheck.built import BuiltSite
from tests.conftest import read_html

CASES = [("404.html", "fr", "/", "Page introuvable"), ("en/404.html", "en", "/en/", "Page not found")]


@pytest.mark.parametrize(("path", "language", "home", "title"), CASES)
def test_each_language_has_its_own_404_page(site_dir, path, language, home, title):
    soup = read_html(site_dir / path)
    assert soup.html["lang"] == language
    assert soup.h1.get_text(strip=True) == title and soup.title.text.startswith(title)
    assert soup.select_one('meta[name="robots"]')["content"] == "noindex"
    assert not soup.select('link[rel="alternate"][hreflang]') and not soup.select('link[rel="canonical"]')
    form = soup.select_one("form.vm-not-found-search")
    assert (form["action"], form["method"], form.select_one("input")["name"]) == (home, "get", "q")
    links = {a["href"] for a in soup.select("article a")}
    assert home in links
    other = soup.select_one("article p[lang] a[hreflang]")
    assert other["href"] == ("/en/" if language == "fr" else "/") and other["hreflang"] != language


def test_the_404_pages_lead_to_the_am_i_affected_page_when_it_exists(site_dir):
    site = BuiltSite.open(site_dir)
    for prefix in ("", "en/"):
        if site.file_of(f"{prefix}suis-je-concerne/"):
            hrefs = {a["href"] for a in read_html(site_dir / prefix / "404.html").select("article a")}
            assert f"/{prefix}suis-je-concerne/" in hrefs
