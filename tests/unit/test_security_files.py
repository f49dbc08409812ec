"""The pure parts of the site's hardening: CSP hashes and meta, _headers, robots.txt, security.txt."""

import datetime as dt
import subprocess

import pytest
import yaml

from factbase.data.identity import Party
from factbase.publish.csp import META_MARKER, inline_script_hashes, policy, script_hash, with_policy_meta
from factbase.publish.host_files import (
    build_date,
    headers_file,
    is_hashed_asset,
    robots_txt,
    security_contact,
    security_txt,
    site_url_problems,
)
from factbase.text.localized import Localized
from tests.conftest import ROOT

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>t</title>
<script>var a = 1</script>
<script src="x.js"></script>
<script id="__config" type="application/json">{"a": 1}</script>
<script type="application/ld+json">{"@type": "Thing"}</script>
<script type="module" data-note="a > b">import "./m.js"</script>
</head><body><script>var a = 1</script></body></html>"""


def test_hash_is_the_one_browsers_expect():
    # Chromium asked for this hash for Material's tab-restoring script when the policy lacked it.
    material = ('var target=document.getElementById(location.hash.slice(1));target&&target.name&&'
                '(target.checked=target.name.startsWith("__tabbed_"))')
    assert script_hash(material) == "'sha256-/8wPdzX9q0NNJXyA5lzsLojXFpkeaXVxhbfkUOQaWy8='"


def test_only_inline_scripts_that_run_are_hashed():
    assert inline_script_hashes(PAGE) == sorted({script_hash("var a = 1"), script_hash('import "./m.js"')})


def test_meta_comes_right_after_charset_and_before_any_script():
    html, hashes = with_policy_meta(PAGE)
    assert html.index(META_MARKER) < html.index("<script") and html.index("<meta charset") < html.index(META_MARKER)
    assert all(h in html.split("<title>")[0] for h in hashes)
    assert with_policy_meta(html) == (html, hashes)  # a second pass changes nothing


def test_policy_has_no_unsafe_source_and_frame_ancestors_only_in_the_header():
    meta, header = policy(["'sha256-x'"]), policy(["'sha256-x'"], header=True)
    for text in (meta, header):
        assert "unsafe" not in text and "script-src 'self' 'sha256-x';" in text and "default-src 'none'" in text
    assert "frame-ancestors" not in meta and header.endswith("frame-ancestors 'none'")


def test_headers_file():
    text = headers_file("https://example.org/breach/", ["'sha256-b'", "'sha256-a'"],
                        ["index.html", "assets/javascripts/bundle.a5f9d56c.min.js", "assets/javascripts/site.js"])
    lines = text.splitlines()
    assert "/breach/*" in lines
    assert "  X-Content-Type-Options: nosniff" in lines and "  Referrer-Policy: no-referrer" in lines
    assert any(line.startswith("  Permissions-Policy: ") and "camera=()" in line for line in lines)
    assert "script-src 'self' 'sha256-a' 'sha256-b';" in text and "frame-ancestors 'none'" in text
    assert lines[lines.index("/breach/assets/javascripts/bundle.a5f9d56c.min.js") + 1] == \
        "  Cache-Control: public, max-age=31536000, immutable"
    assert "site.js" not in text


@pytest.mark.parametrize(("path", "hashed"), [
    ("assets/javascripts/bundle.a5f9d56c.min.js", True), ("assets/stylesheets/main.57a0d79d.min.css.map", True),
    ("assets/javascripts/site.js", False), ("search/search_index.fr.json", False), ("insurers.json", False)])
def test_hashed_assets(path, hashed):
    assert is_hashed_asset(path) is hashed


def test_robots_points_at_the_sitemap():
    assert robots_txt("https://example.org/").splitlines()[1:] == [
        "User-agent: *", "Allow: /", "Sitemap: https://example.org/sitemap.xml"]


def test_security_txt_fields():
    contact, problems = security_contact(
        {"security_contact": {"contact": "https://example.org/report", "expires": dt.date(2027, 1, 31)}},
        dt.date(2026, 6, 1))
    assert problems == []
    publisher = Party(Localized.from_data("Us"), email="team@example.org", issues_url="https://example.org/issues")
    lines = security_txt("https://example.org/", contact, publisher).splitlines()
    assert lines[1:] == ["Contact: https://example.org/report", "Contact: mailto:team@example.org",
                         "Contact: https://example.org/issues", "Expires: 2027-01-31T00:00:00Z",
                         "Preferred-Languages: fr, en",
                         "Canonical: https://example.org/.well-known/security.txt"]


def test_the_publisher_alone_is_enough_contact():
    contact, problems = security_contact({"security_contact": {"expires": "2027-01-31"}}, dt.date(2026, 6, 1))
    publisher = Party(Localized.from_data("Us"), issues_url="https://example.org/issues")
    assert problems == [] and "Contact: https://example.org/issues" in security_txt("https://example.org/", contact,
                                                                                      publisher)


@pytest.mark.parametrize(("settings", "message"), [
    (None, "extra.security_contact is missing"),
    ({"contact": "someone", "expires": "2027-01-01"}, "contact must list https:// or mailto: addresses"),
    ({"contact": ["https://x.example/"], "expires": "soon"}, "expires must be a date"),
    ({"contact": ["https://x.example/"], "expires": "2026-06-01"}, "(2026-06-01) has passed"),
])
def test_security_contact_problems(settings, message):
    contact, problems = security_contact({"security_contact": settings} if settings else {}, dt.date(2026, 6, 1))
    assert contact is None and message in str(problems[0])


@pytest.mark.parametrize(("value", "message"), [
    (None, "site_url is missing"), ("", "site_url is missing"), ("example.org", "is not an absolute http(s) address")])
def test_site_url_problems(value, message):
    [problem] = site_url_problems(value)
    assert message in str(problem) and "SITE_URL" in problem.hint


def test_build_date_comes_from_source_date_epoch():
    assert build_date("1707264000") == dt.date(2024, 2, 7)
    assert build_date(None) is None and build_date("soon") is None


def test_the_configured_contact_expires_within_a_year_of_the_last_commit():
    """RFC 9116 recommends less than a year. The build itself refuses an expired contact."""
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)  # !ENV and friends
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    epoch = subprocess.run(["git", "log", "-1", "--format=%ct"], capture_output=True, text=True, cwd=ROOT).stdout
    commit = build_date(epoch.strip()) or dt.date.today()
    contact, problems = security_contact(config["extra"], commit)
    assert problems == [] and (contact.expires - commit).days <= 366, \
        "renew extra.security_contact.expires in mkdocs.yml: less than a year after the last commit"
