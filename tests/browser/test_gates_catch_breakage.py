"""The every-page gate fails on a copy of the site broken on purpose: a missing alt, a request to
another host, a 404, a console error, a cookie, web storage, and a page wider than the phone."""

import shutil

import pytest

from tests.browser.test_every_page import check_pages
from tests.conftest import SiteHandler, serve

BREAKAGE = """
<img src="assets/images/favicon.png">
<img src="https://tracker.example/pixel.gif" alt="">
<link rel="stylesheet" href="missing.css">
<input size="150" aria-label="trop large">
<script src="broken.js"></script>
"""
BROKEN_SCRIPT = 'localStorage.setItem("seen", "1"); throw new Error("boom")'


class CookieHandler(SiteHandler):
    def end_headers(self):
        if self.path == "/":
            self.send_header("Set-Cookie", "tracker=1; Path=/")
        super().end_headers()


@pytest.fixture(scope="module")
def broken_site_url(site_dir, tmp_path_factory):
    copy = tmp_path_factory.mktemp("broken") / "site"
    shutil.copytree(site_dir, copy)
    home = copy / "index.html"
    marker = '<article class="md-content__inner md-typeset">'
    assert marker in home.read_text(encoding="utf-8")
    home.write_text(home.read_text(encoding="utf-8").replace(marker, marker + BREAKAGE), encoding="utf-8")
    (copy / "broken.js").write_text(BROKEN_SCRIPT, encoding="utf-8")
    yield from serve(copy, CookieHandler)


def test_the_gate_reports_each_breakage(page, broken_site_url):
    page.expects_policy_violations = True  # the tracker image is also refused by the site's CSP
    [seen] = check_pages([page], [broken_site_url], broken_site_url).values()
    report = "\n".join(seen.problems)
    assert "image-alt" in report  # axe, at both widths
    assert "axe at 360 px" in report and "axe at 1280 px" in report
    assert "request to another host: https://tracker.example/pixel.gif" in report
    assert f"HTTP 404: {broken_site_url}missing.css" in report
    assert "console error: boom" in report
    assert "cookies set:" in report and "'name': 'tracker'" in report
    assert 'web storage used: {"seen":"1"}' in report
    assert "scrolls sideways at 360 px: input" in report


def test_the_same_page_unbroken_passes(page, site_url):
    assert check_pages([page], [site_url], site_url)[site_url].problems == []
