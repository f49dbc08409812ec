"""The built site's hardening, file by file: the policy in every HTML file, _headers, robots.txt,
security.txt and the sitemap they point at."""

import re
from urllib.parse import urlsplit

from factbase.publish.csp import META_MARKER, inline_script_hashes
from tests.conftest import read_headers_file

SITE_URL = "https://fuite-tiers-payant.example/"
META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">')


def test_every_html_file_carries_its_policy_before_any_script(site_dir):
    pages = sorted(site_dir.rglob("*.html"))
    assert len(pages) >= 5
    for path in pages:
        html = path.read_text(encoding="utf-8")
        assert html.count(META_MARKER) == 1, path
        meta = META.search(html)
        assert "<script" not in html[: meta.start()].lower(), f"{path}: a script comes before the policy"
        policy = meta.group(1)
        assert "unsafe-inline" not in policy and "unsafe-eval" not in policy, path
        script_src = next(d for d in policy.split("; ") if d.startswith("script-src "))
        assert sorted(script_src.split()[2:]) == inline_script_hashes(html), f"{path}: {script_src}"


def test_headers_file_allows_every_page_and_denies_the_rest(site_dir):
    [(pattern, headers), *cache_rules] = read_headers_file(site_dir / "_headers")
    assert pattern == "/*"
    names = dict(headers)
    assert names["X-Content-Type-Options"] == "nosniff"
    assert names["Referrer-Policy"] == "no-referrer"
    assert "camera=()" in names["Permissions-Policy"] and "geolocation=()" in names["Permissions-Policy"]
    policy = names["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in policy and "default-src 'none'" in policy and "unsafe" not in policy
    allowed = set(next(d for d in policy.split("; ") if d.startswith("script-src ")).split())
    for path in site_dir.rglob("*.html"):
        assert set(inline_script_hashes(path.read_text(encoding="utf-8"))) <= allowed, path
    immutable = {pattern for pattern, values in cache_rules if ("Cache-Control", "public, max-age=31536000, immutable")
                 in values}
    assert "/assets/javascripts/bundle.a5f9d56c.min.js" in immutable
    assert all((site_dir / p.lstrip("/")).is_file() and re.search(r"\.[0-9a-f]{8}\.", p) for p in immutable)


def test_robots_txt_points_at_a_sitemap_that_lists_both_languages(site_dir):
    robots = (site_dir / "robots.txt").read_text(encoding="utf-8")
    [sitemap_url] = re.findall(r"^Sitemap: (\S+)$", robots, flags=re.MULTILINE)
    assert sitemap_url == SITE_URL + "sitemap.xml"
    sitemap = (site_dir / "sitemap.xml").read_text(encoding="utf-8")
    locations = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert SITE_URL in locations and SITE_URL + "en/" in locations
    for url in locations:
        path = urlsplit(url).path.lstrip("/")
        assert (site_dir / path / "index.html").is_file() or (site_dir / path).is_file(), url


def test_security_txt_follows_rfc_9116(site_dir):
    text = (site_dir / ".well-known" / "security.txt").read_text(encoding="utf-8")
    fields = [line.split(": ", 1) for line in text.splitlines() if line and not line.startswith("#")]
    names = [name for name, _ in fields]
    assert set(names) <= {"Contact", "Expires", "Encryption", "Acknowledgments", "Preferred-Languages",
                          "Canonical", "Policy", "Hiring", "CSAF"}
    assert names.count("Expires") == 1 and "Contact" in names
    values = dict(fields)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT00:00:00Z", values["Expires"])
    assert values["Canonical"] == SITE_URL + ".well-known/security.txt"
    assert all(value.startswith(("https://", "mailto:")) for name, value in fields if name == "Contact")
