"""Inputs broken on purpose stop the build with a message that names the file, line and fix.

One broken input per case lives in the corpus (tests/bad_inputs/); these break several at once."""

import re

import pytest

from tests.conftest import build_site, project_copy


@pytest.fixture
def project(tmp_path):
    return project_copy(tmp_path / "project")


def build_error(project) -> str:
    result = build_site(project / "out", project / "mkdocs.yml", check=False)
    assert result.returncode != 0, "the build should have failed"
    return result.stderr


def test_every_page_rule_is_reported_at_once_with_file_line_and_fix(project):
    docs = project / "docs"
    (docs / "a-propos.en.md").unlink()
    glossary = docs / "glossaire.fr.md"
    glossary.write_text(re.sub(r"^reviewed: .*\n", "", glossary.read_text(encoding="utf-8"), flags=re.MULTILINE),
                        encoding="utf-8")
    page = docs / "journalistes.fr.md"
    lines = page.read_text(encoding="utf-8").replace("## Dates {#dates}", "## Dates {#les-dates}").splitlines()
    dates = lines.index("## Dates {#les-dates}") + 1
    lines += ["", "Environ 12 millions de personnes, selon une source.", "", "## Et maintenant ?"]
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    claim, heading = len(lines) - 2, len(lines)
    error = build_error(project)
    assert "8 problems in the site's inputs" in error and "Traceback" not in error
    for expected in [
        "docs/a-propos.fr.md: no en twin: docs/a-propos.en.md is missing\n    fix: add docs/a-propos.en.md",
        "docs/glossaire.fr.md:1: no `reviewed:` date in the front matter\n    fix: add `reviewed: YYYY-MM-DD`",
        f"docs/journalistes.fr.md:{dates}: heading '## Dates {{#les-dates}}' differs: docs/journalistes.en.md has "
        "'## Dates {#dates}' at line",
        f"docs/journalistes.fr.md:{claim}: this paragraph states a figure ('12') but cites no source\n"
        "    fix: add [@source-id]",
        f"docs/journalistes.fr.md:{claim}: figure '12' is not in section #corrections of docs/journalistes.en.md",
        f"docs/journalistes.fr.md:{heading}: heading '## Et maintenant ?' has no explicit anchor",
        f"docs/journalistes.fr.md:{heading}: plain space before '?' in 'Et maintenant ?'",
        f"docs/journalistes.fr.md:{heading}: heading '## Et maintenant ?' differs: it is missing from "
        "docs/journalistes.en.md",
    ]:
        assert expected in error, f"{expected!r} not in:\n{error}"


def test_a_missing_publisher_stops_the_build(project):
    config = project / "mkdocs.yml"
    issues = "    issues_url: https://github.com/fuite-tiers-payant/site/issues\n"
    text = config.read_text(encoding="utf-8").replace(issues, "")
    config.write_text(text.replace("  host:\n    name: GitHub Pages\n", "  host:\n    name: \"\"\n"), encoding="utf-8")
    error = build_error(project)
    assert "mkdocs.yml (field extra.host.name): extra.host.name is missing" in error
    assert "mkdocs.yml (field extra.publisher): the publisher has no contact" in error
