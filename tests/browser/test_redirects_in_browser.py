"""A redirect page (data/redirects.yaml) takes the reader to the new address, keeping the anchor."""

import pytest

from tests.conftest import serve


@pytest.fixture(scope="module")
def variant_site_url(variant_site_dir):
    yield from serve(variant_site_dir)


@pytest.mark.parametrize(("old", "new"), [
    ("ancienne-page/", "sources/#cnil-2024-02-07"),  # the record's own anchor
    ("en/ancienne-page/#francetvinfo-2024-02-07", "en/sources/#francetvinfo-2024-02-07"),  # the reader's
    ("vieux/dossier/", ""),
])
def test_an_old_address_lands_on_the_new_one(page, variant_site_url, old, new):
    page.goto(variant_site_url + old)
    page.wait_for_url(variant_site_url + new)
    assert not page.traffic.bad_responses and not page.traffic.console_errors


def test_without_javascript_the_refresh_still_redirects(browser, variant_site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(variant_site_url + "en/vieux/dossier/")
    page.wait_for_url(variant_site_url + "en/")
    context.close()
