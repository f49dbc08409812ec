"""Every page under the site's Content-Security-Policy (the <meta> one and the `_headers` one, both
served by the test server): zero violations, search still works, and no text field takes a
social-security number without a visible warning not to share it."""

import re

import pytest

from factbase.text.localized import label
from factbase.text.nir import looks_like_nir
from tests.browser.conftest import sample_pages

pytestmark = pytest.mark.long  # started first: see tests/conftest.py, SCHEDULE

NIR = "1 85 05 78 006 084 36"  # made up: sex, year, month, department, commune, order, key
NIR_NAMED = re.compile(r"sécurité sociale|social security", re.IGNORECASE)  # what a warning must name
# Records violations in the page; violations in workers show up in the console (see `console`).
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", event => window.__cspViolations.push(
    `${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`));
"""
TEXT_FIELDS = """() => [...document.querySelectorAll("input, textarea")]
    .filter(field => field.matches("textarea") || ["", "text", "search", "tel", "email", "url", "number",
        "password"].includes(field.type))
    .map((field, index) => { const html = field.outerHTML; field.dataset.vmProbe = String(index);
        return {index: String(index), html, search: !!field.closest(".md-search"),
                name: field.id || field.name || html.slice(0, 80)} })"""
# The warnings (class vm-nir-warning: nir-guard.js's, or a form's own) that the field points at
# with aria-describedby and that the reader can actually see: laid out, not covered at their centre.
SEEN_WARNINGS = """field => (field.getAttribute("aria-describedby") || "").split(/\\s+/)
    .map(id => document.getElementById(id)).filter(element => element && element.matches(".vm-nir-warning"))
    .filter(element => {
        element.scrollIntoView({block: "nearest"});  // the reader's eyes follow the field down to it
        const box = element.getBoundingClientRect();
        if (!box.width || !box.height || getComputedStyle(element).visibility !== "visible") return false;
        const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return !!top && element.contains(top);
    }).map(element => element.textContent.trim())"""



@pytest.fixture
def watched(page):
    """The page, recording CSP and Permissions-Policy reports from the page, its workers and the console."""
    page.add_init_script(RECORD_VIOLATIONS)
    page.policy_reports = []
    page.on("console", lambda message: re.search(r"Content.Security.Policy|Permissions.Policy", message.text)
            and page.policy_reports.append(message.text))
    return page


def violations(page) -> list[str]:
    in_page = page.evaluate("window.__cspViolations || []")
    return in_page + page.policy_reports


def warned(field, seconds: float = 3) -> bool:
    """Whether a visible warning that names the social-security number points at the field, within a
    few seconds: the click was the page's first gesture, which loads nir-guard.js (site.js, 4), and
    the guard checks what was typed before it ran."""
    for _ in range(int(seconds * 10)):
        if any(NIR_NAMED.search(text) for text in field.evaluate(SEEN_WARNINGS)):
            return True
        field.page.wait_for_timeout(100)
    return False


def nir_problems(page, seen: set[tuple[str, str]]) -> tuple[list[str], int]:
    """Types a NIR into every text field not already in ``seen`` (the search field is the same on
    every page of a language); returns the fields that took it without a visible warning."""
    problems, checked = [], 0
    page.evaluate("document.querySelectorAll('details').forEach(details => details.open = true)")
    language = page.evaluate("document.documentElement.lang")
    fields = sorted(page.evaluate(TEXT_FIELDS), key=lambda field: field["search"])  # search last: it covers the page
    for field in fields:
        if (language, field["html"]) in seen:
            continue
        seen.add((language, field["html"]))
        locator = page.locator(f"[data-vm-probe='{field['index']}']")
        if field["search"] and not locator.is_visible():
            page.locator("label.md-header__button[for='__search']").click()
        if not (locator.is_visible() and locator.is_editable()):
            problems.append(f"{field['name']}: could not be typed in (hidden or read-only), so not checked")
            continue
        locator.click()
        locator.press_sequentially(NIR)
        checked += 1
        if looks_like_nir(locator.input_value()) and not warned(locator):
            problems.append(f"{field['name']}: took {locator.input_value()!r} without a visible warning")
        locator.fill("")
    return problems, checked


def test_every_page_runs_under_the_policy_and_warns_against_a_nir(watched, site_dir, site_url):
    page = watched
    report, seen = {}, set()
    for path in sample_pages(site_dir):
        page.policy_reports.clear()
        response = page.goto(site_url + path, wait_until="load")  # every script of the page has run
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"], "the _headers policy"
        problems, checked = nir_problems(page, seen)
        if checked:
            page.wait_for_load_state("networkidle")  # the search worker has answered the typed query
        problems += [f"CSP: {text}" for text in violations(page)]
        if page.evaluate("localStorage.length + sessionStorage.length") or page.context.cookies():
            problems.append("something was stored (web storage or cookie)")
        if problems:
            report[path or "/"] = problems
    assert not report, "\n".join(f"{path}:\n  " + "\n  ".join(p) for path, p in report.items())
    assert {language for language, _ in seen} == {"fr", "en"}, "the search field, at least, was checked"


def test_search_finds_pages_under_the_policy(watched, site_url):
    page = watched
    page.goto(site_url + "en/")
    field = page.locator("input[data-md-component='search-query']")
    field.click()
    field.press_sequentially("sources")
    page.locator(".md-search-result__item > a").first.wait_for(timeout=10_000)
    assert violations(page) == []


def test_warning_is_seen_and_then_goes_away_on_a_phone(watched, site_url):
    page = watched
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(site_url)
    page.locator("label.md-header__button[for='__search']").click()
    field = page.locator("input[data-md-component='search-query']")
    field.press_sequentially("185057800608436")
    [shown] = field.evaluate(SEEN_WARNINGS)
    assert shown == label("fr", "nir_warning")
    assert page.get_by_role("alert").filter(has_text="sécurité sociale").count() == 1
    field.fill("cnil")
    assert field.evaluate(SEEN_WARNINGS) == [] and field.get_attribute("aria-describedby") is None
    assert page.locator(".vm-nir-warning:visible").count() == 0


def test_a_script_the_build_did_not_hash_is_blocked_and_reported(watched, site_url):
    """The recorder and the policy both work: an injected inline script and handler never run."""
    page = watched
    page.expects_policy_violations = True

    def inject(route):
        response = route.fetch()
        body = response.text().replace("</body>", "<script>window.__ran = true</script>"
                                                  "<img src='x' onerror='window.__ran = true' alt=''></body>")
        route.fulfill(response=response, body=body)

    page.route(site_url + "sources/", inject)
    page.goto(site_url + "sources/")
    page.wait_for_load_state("networkidle")
    assert page.evaluate("window.__ran") is None
    found = violations(page)
    assert any("script-src" in text for text in found), found


def test_pages_cannot_be_framed(watched, site_url):
    page = watched
    page.expects_policy_violations = True
    page.route(site_url + "framing-probe.html", lambda route: route.fulfill(
        content_type="text/html", body=f'<!doctype html><title>probe</title><iframe src="{site_url}"></iframe>'))
    page.goto(site_url + "framing-probe.html")
    page.wait_for_load_state("networkidle")
    [frame] = [frame for frame in page.frames if frame != page.main_frame]
    assert frame.url.startswith("chrome-error://") or not frame.query_selector("#__config")
    assert any("frame-ancestors" in text for text in page.policy_reports), page.policy_reports
