"""The printable sheet: Chromium prints it on exactly one A4 page in each language."""

import re

import pytest

# Chromium writes each page as an uncompressed "/Type /Page" object; "/Pages" is the page tree.
PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?!s)")


@pytest.mark.parametrize("path", ["fiche/", "en/fiche/"])
def test_the_sheet_prints_on_one_a4_page(page, site_url, path):
    page.goto(site_url + path)
    page.wait_for_load_state("networkidle")
    pdf = page.pdf(format="A4", print_background=True)
    assert len(PAGE_OBJECT.findall(pdf)) == 1
    page.emulate_media(media="print")
    for hidden in (".md-header", ".md-sidebar--primary", ".md-footer", ".vm-notes", ".vm-cite", ".vm-screen-only",
                   ".vm-page-actions", ".admonition.in-short"):
        assert not page.locator(hidden).first.is_visible(), hidden
    assert page.locator(".vm-site-address").is_visible()
    page.emulate_media(media="screen")
