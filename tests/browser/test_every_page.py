"""On every built page, in both languages: no request to another host, no error, no storage,
no axe-core violation, at a phone and a desktop viewport."""

import pytest

from tests.browser.conftest import describe_violations, run_axe, site_pages


def page_problems(page, url: str, origin: str) -> list[str]:
    page.traffic.__init__()  # reset the record for this URL
    page.goto(url)
    page.wait_for_load_state("networkidle")
    problems = [f"request to another host: {u}" for u in page.traffic.foreign(origin)]
    problems += [f"HTTP {status}: {u}" for status, u in page.traffic.bad_responses]
    problems += [f"console error: {text}" for text in page.traffic.console_errors]
    if page.context.cookies():
        problems.append(f"cookies set: {page.context.cookies()}")
    if page.evaluate("localStorage.length + sessionStorage.length"):
        problems.append("web storage used: " + page.evaluate("JSON.stringify({...localStorage, ...sessionStorage})"))
    violations = run_axe(page)
    if violations:
        problems.append("axe:\n" + describe_violations(violations))
    return problems


@pytest.mark.parametrize("viewport", [(360, 740), (1280, 900)], ids=["phone", "desktop"])
def test_every_page(page, site_dir, site_url, viewport):
    page.set_viewport_size({"width": viewport[0], "height": viewport[1]})
    paths = site_pages(site_dir)
    assert "" in paths and "en/" in paths, paths
    report = {}
    for path in paths:
        problems = page_problems(page, site_url + path, site_url)
        if problems:
            report[path or "/"] = problems
    assert not report, "\n".join(f"{path}:\n  " + "\n  ".join(p) for path, p in report.items())
