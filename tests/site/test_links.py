"""Every internal link and #anchor of the built site resolves, in both languages, and so do the
canonical and hreflang URLs, and the site's own URLs in feeds, the sitemap and downloads."""

import pytest

from sitecheck.built import BuiltSite
from sitecheck.external import linked_addresses, unchecked_addresses
from sitecheck.links import link_problems
from tests.conftest import ROOT


@pytest.mark.parametrize("which", ["site_dir", "synthetic_site_dir"])
def test_every_link_anchor_canonical_and_hreflang_resolves(request, which):
    """The real site, and the site built from synthetic data (many insurer pages, hostile names)."""
    site = BuiltSite.open(request.getfixturevalue(which))
    problems = link_problems(site)
    links = sum(len(site.facts(file).links) for file in site.html_files())
    assert not problems, f"{len(problems)} problems ({len(site.html_files())} pages, {links} links):\n" + "\n".join(
        map(str, problems))
    assert {"fr", "en"} <= site.languages()


def test_every_page_starts_with_a_skip_link_to_its_content(site_dir):
    """Material prints its skip link only for pages with a table of contents; overrides/main.html
    adds one to the others (insurer pages, 404). The link checker checks where it leads."""
    site = BuiltSite.open(site_dir)
    missing = [site.url_of(file) for file in site.pages() + site.not_found_pages()
               if [link.url[:1] for link in site.facts(file).links if "md-skip" in link.classes.split()] != ["#"]]
    assert not missing, f"pages without exactly one skip link: {missing}"


def test_no_page_or_source_uses_an_unchecked_official_address(site_dir):
    """facts.md, "Not established" 18: link to those pages only after a maintainer checks them live
    (then move the record out of data/unchecked-links.yaml)."""
    linked = linked_addresses(ROOT, BuiltSite.open(site_dir))
    used = {url: linked[url] for url in unchecked_addresses(ROOT) if url in linked}
    assert not used, used
