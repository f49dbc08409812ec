"""Playwright on Debian's chromium (browser downloads are blocked here), one shared context."""

from __future__ import annotations

import contextlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import sync_playwright

from sitecheck.built import BuiltSite
from tests.conftest import ROOT, TEST_ASSETS

CHROMIUM = Path("/usr/bin/chromium")
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_URL = "/__tests__/axe.min.js"  # served by the test server (tests/conftest.py)
# WCAG 2.0 and 2.1, levels A and AA, and axe's rules mapped to the French RGAA 4.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "RGAAv4"]
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is missing. As root, run: make browser "
                    "(apt-get install -y --no-install-recommends chromium fonts-liberation)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--no-sandbox",
                # Any host but the local test server resolves to nothing: a stray request fails
                # instead of leaving the machine, and is still recorded by the tests.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def context(browser):
    context = browser.new_context(viewport=DESKTOP, locale="fr-FR")
    yield context
    context.close()


@dataclass
class Traffic:
    """What a page did on the network and in the console while a test used it, since the last
    clear(). A request that the browser cancelled (net::ERR_ABORTED) is no failure: loading the next
    page cancels what the last one still had on its way (a script that the sweep's scrolling sent for)."""

    requests: list[str] = field(default_factory=list)
    bad_responses: list[tuple[int, str]] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)

    def request_failed(self, request) -> None:
        if request.failure != "net::ERR_ABORTED":
            self.failed.append(request.url)

    def foreign(self, origin: str) -> list[str]:
        allowed = urlsplit(origin).netloc
        return [url for url in self.requests
                if not url.startswith(("data:", "blob:")) and urlsplit(url).netloc != allowed]

    def problems(self, origin: str) -> list[str]:
        test_assets = tuple(origin.rstrip("/") + path for path in TEST_ASSETS)
        problems = [f"request to another host: {url}" for url in self.foreign(origin)]
        problems += [f"HTTP {status}: {url}" for status, url in self.bad_responses]
        problems += [f"request failed: {url}" for url in self.failed if not url.startswith(test_assets)]
        problems += [f"console error: {text}" for text in self.console_errors]
        return problems

    def clear(self) -> None:
        for record in (self.requests, self.bad_responses, self.failed, self.console_errors):
            record.clear()


@pytest.fixture
def page(context):
    with recorded_page(context) as page:
        yield page


@pytest.fixture(scope="module")
def other_context(browser):
    context = browser.new_context(viewport=DESKTOP, locale="fr-FR")
    yield context
    context.close()


@pytest.fixture
def other_page(other_context):
    """A page in a second context: its own renderer process, so it works while `page` does."""
    with recorded_page(other_context) as page:
        yield page


@contextlib.contextmanager
def recorded_page(context):
    """A new page of ``context`` whose traffic is recorded; closed on leaving, and a failure then if
    the site's Content-Security-Policy was broken. Module fixtures open several with an ExitStack."""
    page = context.new_page()
    traffic = Traffic()
    page.on("request", lambda request: traffic.requests.append(request.url))
    page.on("requestfailed", traffic.request_failed)
    page.on("response", lambda response: response.status >= 400
            and traffic.bad_responses.append((response.status, response.url)))
    page.on("console", lambda message: message.type == "error" and traffic.console_errors.append(message.text))
    page.on("pageerror", lambda error: traffic.console_errors.append(str(error)))
    page.traffic = traffic
    # Every browser test also runs under the site's Content-Security-Policy (the pages' <meta> and
    # the test server's _headers): a violation anywhere, in a page or its workers, fails the test.
    # A test that breaks the policy on purpose sets page.expects_policy_violations.
    violations: list[str] = []
    page.on("console", lambda message: "Content Security Policy" in message.text and violations.append(message.text))
    page.expects_policy_violations = False
    try:
        yield page
    finally:
        page.close()
    if violations and not page.expects_policy_violations:
        pytest.fail("Content-Security-Policy violations:\n" + "\n".join(violations[:10]))


def start_axe(page) -> None:
    """Start axe-core on the page as it is now, without waiting (see axe_violations).

    axe is loaded as a same-origin <script> rather than passed to evaluate(): Chromium then keeps its
    compiled code between pages, which saved about 60 ms of CPU per page here."""
    if not AXE.exists():
        pytest.fail("node_modules/axe-core is missing: run `npm ci` (make test does it)")
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(url=AXE_URL)
    page.evaluate("tags => { window.__axeRun = axe.run(document, {runOnly: {type: 'tag', values: tags}, "
                  "resultTypes: ['violations']}).then(result => result.violations) }", AXE_TAGS)


def axe_violations(page) -> list[dict]:
    """The violations found by the run that start_axe started on this page."""
    return page.evaluate("window.__axeRun")


def run_axe(page) -> list[dict]:
    """axe-core's violations of AXE_TAGS on the page as it is now."""
    start_axe(page)
    return axe_violations(page)


def describe_violations(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        lines += [f"    {node['target']}: {node['failureSummary'][:200]}" for node in violation["nodes"][:5]]
    return "\n".join(lines)


def key_pages(site_dir: Path) -> list[str]:
    """One page of each kind, in each language, found in the built site: the home page, the 404
    page, the "Am I affected?" page and the first insurer page (when they exist)."""
    site = BuiltSite.open(site_dir)
    urls = [site.url_of(file) for file in site.pages()]
    wanted = []
    for prefix in ("", "en/"):
        wanted += [prefix, f"{prefix}404.html"]
        wanted += [url for url in (f"{prefix}suis-je-concerne/",) if url in urls]
        wanted += [url for url in urls if re.fullmatch(f"{prefix}assureurs/[^/]+/", url)][:1]
    return wanted


def sample_pages(site_dir: Path) -> list[str]:
    """The URLs of BuiltSite.sample(): every kind of page, at a cost that does not grow with the data."""
    site = BuiltSite.open(site_dir)
    return [site.url_of(file) for file in site.sample()]


def clipboard(page) -> str:
    """What the page copied. The site's Permissions-Policy allows clipboard-write only: it is read
    from a test page that the test server serves without the site's headers."""
    reader = page.context.new_page()
    try:
        reader.goto(urljoin(page.url, "/__tests__/blank.html"))
        return reader.evaluate("navigator.clipboard.readText()")
    finally:
        reader.close()


@pytest.fixture(scope="module")
def clipboard_context(browser):
    """A context whose pages may read and write the clipboard (the letter, Cite this page)."""
    context = browser.new_context(viewport=DESKTOP, locale="fr-FR", permissions=["clipboard-read", "clipboard-write"])
    yield context
    context.close()


# The insurer lookup (test_lookup*.py)


def open_lookup(page, site_url, path=""):
    """The lookup's field, once its first part (insurer-lookup-start.js) has shown the form. Not "network
    idle", which waits half a second more: what the field loads, it loads at first use."""
    page.goto(site_url + path)
    field = page.locator("#vm-lookup-field")
    field.wait_for(state="visible")
    return field


FIRST_RESULT = "document.querySelector('#vm-lookup-results .vm-lookup__name')?.textContent"


def first_result(page, expected: str) -> str:
    """The first result's name once it is ``expected`` (results follow each keystroke), else the
    name shown after 5 s, for the assertion message."""
    # Predicates are written as functions: Playwright runs a bare expression through eval() in the
    # page, which the site's CSP forbids (no 'unsafe-eval').
    with contextlib.suppress(PlaywrightError):  # the caller's assertion shows what was there
        page.wait_for_function(f"() => {FIRST_RESULT} === {json.dumps(expected)}", timeout=5_000)
    return page.evaluate(FIRST_RESULT)
