"""The link checker and the URL ledger on tiny built sites written by hand, each broken once."""

from pathlib import Path

import pytest

from sitecheck.built import BuiltSite
from sitecheck.html import read_html
from sitecheck.ledger import published_entries, read_entries, resolve_problem, unresolved, update
from sitecheck.links import external_links, link_problems

SITE_URL = "https://example.org/"


def page(url: str, lang: str, twin: str, body: str = "", head: str = "") -> str:
    fr, en = (url, twin) if lang == "fr" else (twin, url)
    return f"""<!doctype html>
<html lang="{lang}">
<head>
<link rel="canonical" href="{SITE_URL}{url}">
<link rel="alternate" hreflang="fr" href="{SITE_URL}{fr}">
<link rel="alternate" hreflang="en" href="{SITE_URL}{en}">
<link rel="alternate" hreflang="x-default" href="{SITE_URL}{fr}">
{head}
</head>
<body>
{body}
</body>
</html>
"""


def good_site() -> dict[str, str]:
    return {
        "index.html": page("", "fr", "en/", '<h1 id="accueil">Accueil<a class="headerlink" href="#accueil">¶</a></h1>'
                           '<a href="faq/#donnees">Données</a> <a href="https://cnil.fr/x">CNIL</a>'
                           ' <a href="mailto:a@b.c">mail</a> <a href="#">haut</a>'),
        "en/index.html": page("en/", "en", "", '<h1 id="home">Home</h1><a href="faq/#data">Data</a>'
                              '<a href="../feed.xml">feed</a>'),
        "faq/index.html": page("faq/", "fr", "en/faq/", '<h1 id="faq">FAQ</h1>'
                               '<h2 id="donnees">Données<a class="headerlink" href="#donnees">¶</a></h2>'
                               '<div id="widget-input"></div><p id="q1">Q1<a class="headerlink" href="#q1">¶</a></p>'),
        "en/faq/index.html": page("en/faq/", "en", "faq/", '<h1 id="faq">FAQ</h1><h2 id="data">Data</h2>'
                                  '<h2 id="donnees">Data (old id)</h2>'),
        "404.html": '<!doctype html><html lang="fr"><head></head><body><a href="/">Accueil</a></body></html>',
        "feed.xml": f'<feed><link href="{SITE_URL}faq/"/><id>{SITE_URL}faq/#donnees</id></feed>',
        "assets/app.js": "",
    }


def build(tmp_path: Path, files: dict[str, str]) -> BuiltSite:
    root = tmp_path / "site"
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return BuiltSite.open(root)


def messages(site: BuiltSite) -> list[str]:
    return [str(problem) for problem in link_problems(site)]


def test_a_sound_site_has_no_problem(tmp_path):
    site = build(tmp_path, good_site())
    assert site.site_url == SITE_URL
    assert messages(site) == []
    assert [site.url_of(f) for f in site.pages()] == ["en/faq/", "en/", "faq/", ""]
    assert external_links(site) == {"https://cnil.fr/x": {""}}


@pytest.mark.parametrize(("name", "old", "new", "expected"), [
    ("index.html", 'href="faq/#donnees"', 'href="faq/#donnes"', "site/index.html:11: <a href='faq/#donnes'>: "
                                                                "no element with id 'donnes' on /faq/"),
    ("index.html", 'href="faq/#donnees"', 'href="risques/"', "no page or file at /risques/"),
    ("index.html", 'href="faq/#donnees"', 'href="faq"', "/faq is a folder: link to /faq/ (with the slash)"),
    ("en/index.html", 'href="../feed.xml"', 'href="../feed.json"', "no page or file at /feed.json"),
    ("faq/index.html", f'rel="canonical" href="{SITE_URL}faq/"', f'rel="canonical" href="{SITE_URL}fa/"',
     "canonical URL is 'https://example.org/fa/', expected 'https://example.org/faq/'"),
    ("faq/index.html", f'hreflang="en" href="{SITE_URL}en/faq/"', f'hreflang="en" href="{SITE_URL}en/"',
     "hreflang en points at https://example.org/en/, which does not point back"),
    ("faq/index.html", f'<link rel="alternate" hreflang="en" href="{SITE_URL}en/faq/">', "",
     "no hreflang link for en"),
    ("en/faq/index.html", f'hreflang="fr" href="{SITE_URL}faq/"', f'hreflang="fr" href="{SITE_URL}en/faq/"',
     "hreflang fr points at https://example.org/en/faq/, a page in 'en'"),
    ("404.html", "<head>", f'<head><link rel="alternate" hreflang="en" href="{SITE_URL}en/">',
     "the 404 page carries hreflang links (en)"),
    ("404.html", 'href="/"', 'href="faq/"', "relative link on a 404 page"),
    ("feed.xml", f"{SITE_URL}faq/#donnees", f"{SITE_URL}faq/#gone", "site/feed.xml:1: https://example.org/faq/#gone: "
                                                                     "no element with id 'gone' on /faq/"),
    ("faq/index.html", '<div id="widget-input">', '<div id="donnees">', "the id 'donnees' is used twice"),
])
def test_each_break_is_reported(tmp_path, name, old, new, expected):
    files = good_site()
    assert old in files[name]
    files[name] = files[name].replace(old, new)
    problems = messages(build(tmp_path, files))
    assert any(expected in problem for problem in problems), problems


def test_redirect_pages_are_checked_and_followed(tmp_path):
    files = good_site()
    files["ancienne-faq/index.html"] = (
        f'<html lang="fr"><head><link rel="canonical" href="{SITE_URL}faq/">'
        '<meta http-equiv="refresh" content="0; url=../faq/"></head><body><a href="../faq/">FAQ</a></body></html>')
    site = build(tmp_path, files)
    assert messages(site) == []
    assert [site.url_of(f) for f in site.redirects()] == ["ancienne-faq/"]
    assert resolve_problem(site, "/ancienne-faq/#donnees") is None  # the reader's anchor survives
    assert resolve_problem(site, "/ancienne-faq/#nope") == "no element with id 'nope' on /faq/"
    files["ancienne-faq/index.html"] = files["ancienne-faq/index.html"].replace("url=../faq/", "url=../fa/")
    assert any("redirect target: no page or file at /fa/" in m for m in messages(build(tmp_path / "b", files)))


def test_the_reader_skips_scripts_comments_and_unescapes_attributes():
    facts = read_html('<html lang="fr"><!-- <a href="x/"> --><script>var s = "<a href=\'y/\'>"</script>\n'
                      '<a href="a/?b=1&amp;c=2" class="headerlink">x</a><img src=\'i.png\' alt=""><p id=q>')
    assert [(link.url, link.line) for link in facts.links] == [("a/?b=1&c=2", 2), ("i.png", 2)]
    assert facts.ids == {"q"} and facts.lang == "fr"


def test_the_ledger_lists_pages_anchors_and_downloads(tmp_path):
    entries = published_entries(build(tmp_path, good_site()))
    assert entries == {
        "/", "/en/", "/faq/", "/en/faq/", "/feed.xml",
        "/faq/#donnees", "/faq/#q1",  # a heading, and a ¶ permalink on a paragraph
        "/en/faq/#data", "/en/faq/#donnees",  # headings (#data is also linked from /en/)
    }  # not the h1 ids, not #widget-input (nothing links to it), not the 404 page nor assets/


def test_the_ledger_only_grows_and_reports_what_broke(tmp_path):
    site = build(tmp_path, good_site())
    ledger = tmp_path / "published-urls.txt"
    ledger.write_text("# comment\n/old-page/\n/faq/#donnees\n", encoding="utf-8")
    added = update(ledger, site)
    assert "/en/faq/#data" in added and "/faq/#donnees" not in added
    entries = read_entries(ledger)
    assert (entries[0][1], len(entries)) == ("/", 10)  # sorted, the old entry kept
    assert [str(p) for p in unresolved(site, entries)] == [
        f"data/published-urls.txt:{next(n for n, e in entries if e == '/old-page/')}: /old-page/: no page or "
        "file at /old-page/\n    fix: add a redirect (data/redirects.yaml) or restore the anchor; the file's header "
        "says how"]
    assert update(ledger, site) == []
