"""The insurer table in Chromium: filter by operator, sort, pages of 50 rows, and everything shown
without JavaScript."""

import pytest

from tests.browser.conftest import describe_violations, run_axe
from tests.conftest import SYNTHETIC_COUNT


def visible_rows(page) -> list[dict]:
    return page.evaluate("""() => Array.from(document.querySelectorAll('#vm-insurer-table tbody tr'))
        .filter(row => !row.hidden && row.offsetParent !== null)
        .map(row => ({slug: row.dataset.slug, operators: row.dataset.operators.split(' '),
                      name: row.dataset.sortName}))""")


def open_the_table(page, url):
    """Opens ``url`` and, as a reader does, taps the folded section that holds the table."""
    page.goto(url)
    fold = page.locator("details.vm-fold:has(#vm-insurer-table)")
    assert fold.get_attribute("open") is None, "the table's section is folded as the page opens"
    fold.locator("> summary").click()
    assert page.locator("#vm-insurer-table").is_visible()


def test_filter_by_operator_on_a_phone(page, site_url):
    page.set_viewport_size({"width": 360, "height": 740})
    open_the_table(page, site_url + "suis-je-concerne/")
    total = page.locator("#vm-insurer-table tbody tr").count()
    assert len(visible_rows(page)) == total
    assert page.locator("#vm-insurer-status").inner_text() == f"{total} sur {total}"
    page.select_option("#vm-insurer-filter", "almerys")
    almerys = visible_rows(page)
    assert almerys and all("almerys" in row["operators"] for row in almerys)
    assert page.locator("#vm-insurer-status").inner_text() == f"{len(almerys)} sur {total}"
    page.select_option("#vm-insurer-filter", "both")
    assert all({"viamedis", "almerys"} <= set(row["operators"]) for row in visible_rows(page))
    page.select_option("#vm-insurer-filter", "not-concerned")
    assert {row["slug"] for row in visible_rows(page)} == {"appa", "mhv"}
    # Readable at 360 px: the rows are cards, nothing overflows sideways.
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    assert not page.traffic.foreign(site_url) and not page.traffic.console_errors


def test_sort_by_name_and_operator_with_the_keyboard(page, site_url):
    open_the_table(page, site_url + "en/suis-je-concerne/")
    names = [row["name"] for row in visible_rows(page)]
    assert names == sorted(names)
    header = page.locator('th[data-sort-key="name"]')
    assert header.get_attribute("aria-sort") == "ascending"
    header.locator("button").focus()
    page.keyboard.press("Enter")
    assert header.get_attribute("aria-sort") == "descending"
    assert [row["name"] for row in visible_rows(page)] == sorted(names, reverse=True)
    page.locator('th[data-sort-key="operator"] button').click()
    first = [row["operators"][0] for row in visible_rows(page)]
    order = ["viamedis", "almerys", "other", "unknown", "not-concerned"]
    assert first == sorted(first, key=order.index)
    assert header.get_attribute("aria-sort") == "none"
    violations = run_axe(page)
    assert not violations, describe_violations(violations)


def test_without_javascript_every_row_shows_and_no_control(browser, site_url):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 740})
    page = context.new_page()
    open_the_table(page, site_url + "suis-je-concerne/")
    rows = page.locator("#vm-insurer-table tbody tr")
    assert rows.count() >= 32
    assert all(rows.nth(i).is_visible() for i in range(rows.count()))
    assert not page.locator(".vm-insurers__controls").is_visible()
    assert not page.locator(".vm-insurers__pager").is_visible()
    context.close()


@pytest.mark.parametrize("language", ["", "en/"])
def test_many_rows_are_shown_fifty_at_a_time(page, synthetic_site_url, language):
    open_the_table(page, synthetic_site_url + language + "suis-je-concerne/")
    assert len(visible_rows(page)) == 50
    pager = page.locator(".vm-insurers__pager")
    assert pager.is_visible()
    previous, following = pager.locator("button").nth(0), pager.locator("button").nth(1)
    assert previous.is_disabled()
    following.click()
    assert len(visible_rows(page)) == SYNTHETIC_COUNT - 50 and following.is_disabled()
    assert "2" in page.locator("#vm-insurer-status").inner_text()
    page.select_option("#vm-insurer-filter", "unknown")
    shown = visible_rows(page)
    assert shown and all(row["operators"] == ["unknown"] for row in shown) and not pager.is_visible()
    # The hostile name is text in the table, and nothing ran.
    page.select_option("#vm-insurer-filter", "")
    assert page.evaluate("typeof window.alert") == "function"
    assert not page.traffic.console_errors and not page.traffic.foreign(synthetic_site_url)
