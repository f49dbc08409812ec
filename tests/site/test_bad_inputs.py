"""Inputs broken on purpose stop the build with a message that names the file, line and fix."""

import pytest

from tests.conftest import build_site, project_copy


@pytest.fixture
def project(tmp_path):
    return project_copy(tmp_path / "project")


def build_error(project) -> str:
    result = build_site(project / "out", project / "mkdocs.yml", check=False)
    assert result.returncode != 0, "the build should have failed"
    return result.stderr


def test_unknown_citation_id(project):
    page = project / "docs" / "index.en.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nA claim [@no-such-source].\n", encoding="utf-8")
    error = build_error(project)
    assert "docs/index.en.md:" in error and "unknown source id 'no-such-source'" in error


def test_source_that_nothing_cites(project):
    sources = project / "data" / "sources.yaml"
    sources.write_text(sources.read_text(encoding="utf-8") + (
        "  - id: vcdb-20414\n    publisher: GitHub\n    title: Millions at risk\n    date: \"2024-02-05\"\n"
        "    url: https://github.com/vz-risk/VCDB/issues/20414\n    language: en\n    reliability: low\n"),
        encoding="utf-8")
    assert "source 'vcdb-20414' is cited by no page and no data file" in build_error(project)


def test_unknown_generated_block(project):
    page = project / "docs" / "sources.fr.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n[[generated:tables]]\n", encoding="utf-8")
    assert "docs/sources.fr.md:" in build_error(project)


def test_broken_yaml_and_schema_errors_are_listed_together(project):
    sources = project / "data" / "sources.yaml"
    text = sources.read_text(encoding="utf-8").replace("reliability: press", "reliability: rumour")
    sources.write_text(text.replace('date: "2024-02-07"', 'date: "2024-13-01"', 1), encoding="utf-8")
    error = build_error(project)
    assert "2 problems in the site's inputs" in error
    assert "'rumour' is not allowed here" in error and "'2024-13-01' is not a real date" in error
    assert "Traceback" not in error
