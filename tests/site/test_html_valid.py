"""Every kind of built HTML page passes the W3C Nu checker (vnu-jar, pinned in package.json): the sample
of each site (sitecheck.built.BuiltSite.sample: every page that maintainers write, the 404 pages, one
insurer page of each shape) and its redirect pages, so that the check costs the same as the data grows.
A page of a variant site that is the same, byte for byte, as the real site's is checked once."""

from pathlib import Path

import pytest

from sitecheck.built import BuiltSite
from sitecheck.validator import IGNORED, ignored_by, validate
from tests.conftest import ROOT

pytestmark = pytest.mark.long  # started first: see tests/conftest.py, SCHEDULE

VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
BROKEN = """<!doctype html>
<html lang="fr">
<head><title>Cassée</title><meta name="description" content="deux "tiers payant" opérateurs"></head>
<body><img src="logo.png"><p>un <b>deux</p><p id="x"></p><p id="x"></p></body>
</html>
"""


@pytest.fixture(scope="module")
def checked(site_dir, variant_site_dir, synthetic_site_dir, tmp_path_factory):
    """One run of the checker over the built site, over variants of it (redirect pages and a page
    outside the nav; synthetic data with many insurer pages and hostile names: tests/conftest.py),
    and over a page broken on purpose."""
    broken = tmp_path_factory.mktemp("broken") / "broken.html"
    broken.write_text(BROKEN, encoding="utf-8")
    try:
        files = [file for root in (site_dir, variant_site_dir, synthetic_site_dir)
                 for file in _checked_files(root, site_dir)]
        messages = validate([*files, broken], VNU_JAR)
    except RuntimeError as error:
        pytest.fail(str(error))
    return messages, broken


def _checked_files(root: Path, site_dir: Path) -> list[Path]:
    """What is checked of the site at ``root``: of a variant, what the real site does not hold as is."""
    site = BuiltSite.open(root)
    return [file for file in site.sample() + site.redirects()
            if root == site_dir or not _same_file(file, site_dir / file.relative_to(root))]


def _same_file(file: Path, twin: Path) -> bool:
    return twin.is_file() and twin.read_bytes() == file.read_bytes()


@pytest.mark.parametrize("which", ["site_dir", "variant_site_dir", "synthetic_site_dir"])
def test_every_kind_of_built_page_is_valid_html(checked, request, which):
    messages, _ = checked
    root = request.getfixturevalue(which)
    pages = _checked_files(root, request.getfixturevalue("site_dir"))
    assert len(pages) >= 6
    problems = [m for m in messages if root in m.file.parents and not ignored_by(m)]
    assert not problems, f"{len(problems)} problems in {len(pages)} pages:\n" + "\n".join(map(str, problems))


def test_the_checker_catches_a_broken_page(checked):
    messages, broken = checked
    found = " | ".join(m.text for m in messages if m.file == broken)
    assert "An “img” element must have an “alt” attribute" in found
    assert "End tag “p” seen, but there were open elements" in found
    assert "Duplicate ID “x”" in found
    assert "Quote “\"” in attribute name" in found  # a straight quote in <meta content>, as once in mkdocs.yml


@pytest.mark.parametrize("rule", IGNORED, ids=lambda rule: rule.message_start[:40])
def test_each_ignored_message_is_still_needed(checked, site_dir, rule):
    messages, _ = checked
    assert [m for m in messages if site_dir in m.file.parents and ignored_by(m) == rule], (
        f"nothing in the site triggers this ignore rule any more: remove it from sitecheck/validator.py\n{rule}")

