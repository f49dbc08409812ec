"""Each check of `make lint` fails on a deliberately broken change, with a message that says what to
do, and CONTRIBUTING.md quotes those very messages. The repository's data/ and docs/ are copied, one
thing is broken, and the same functions as `make lint` run over the copy."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from factbase.data.problems import Problem
from factbase.tools import fmt
from factbase.tools.check import input_problems
from tests.conftest import ROOT

GUIDES = {name: (ROOT / name).read_text(encoding="utf-8") for name in ("CONTRIBUTING.md", "CONTRIBUTING.en.md")}


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "data", tmp_path / "data")
    shutil.copytree(ROOT / "docs", tmp_path / "docs", ignore=shutil.ignore_patterns("assureurs"))
    shutil.copytree(ROOT / "overrides" / "fragments", tmp_path / "overrides" / "fragments")
    return tmp_path


def problems_of(repo: Path) -> list[Problem]:
    return input_problems(repo)[0]


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def quoted_in_guides(problem: Problem) -> None:
    """The fix that the check prints is the one that CONTRIBUTING shows, in both languages."""
    for name, text in GUIDES.items():
        assert f"fix: {problem.hint}" in text, f"{name} does not quote the fix: {problem.hint!r}"


def test_the_real_repository_passes(repo):
    assert problems_of(repo) == []


def test_missing_source_of_an_insurer(repo):
    edit(repo / "data" / "insurers.yaml", "          - rocamadour-2024-02-08", "          - rocamadour-2024-02-30")
    [problem] = problems_of(repo)
    assert problem.file == "data/insurers.yaml" and problem.record == "adrea"
    assert problem.message == "unknown source id 'rocamadour-2024-02-30'"
    assert "copy the source's record into data/sources.yaml" in problem.hint
    quoted_in_guides(problem)


def test_a_figure_without_its_source_in_a_page(repo):
    for language, sentence in (("fr", "Environ 1 234 dossiers ont été consultés."),
                               ("en", "About 1,234 files were viewed.")):
        edit(repo / "docs" / f"faq.{language}.md", "\n## ", f"\n{sentence}\n\n## ")
    problems = problems_of(repo)
    assert [(p.file, p.message) for p in problems] == [
        ("docs/faq.en.md", "this paragraph states a figure ('1,234') but cites no source"),
        ("docs/faq.fr.md", "this paragraph states a figure ('1 234') but cites no source")]
    quoted_in_guides(problems[0])


def test_missing_english_twin(repo):
    (repo / "docs" / "glossaire.en.md").unlink()
    [problem] = problems_of(repo)
    assert problem.message == "no en twin: docs/glossaire.en.md is missing"
    assert problem.hint.startswith("add docs/glossaire.en.md, translating this page")
    quoted_in_guides(problem)


def test_a_citation_in_one_language_only(repo):
    edit(repo / "docs" / "faq.fr.md", " [@mieuxetre-2024-02; @france3-2024-02-08]", " [@france3-2024-02-08]")
    [problem] = problems_of(repo)
    assert problem.file == "docs/faq.en.md"
    assert "citation [@mieuxetre-2024-02] is not in section" in problem.message
    quoted_in_guides(problem)


def test_unsorted_data(repo, capsys):
    path = repo / "data" / "insurers.yaml"
    text = path.read_text(encoding="utf-8")
    first, second, third = (text.index(f"  - slug: {slug}\n") for slug in ("adrea", "aesio", "ag2r-la-mondiale"))
    path.write_text(text[:first] + text[second:third] + text[first:second] + text[third:], encoding="utf-8")
    assert fmt.main(["--check", str(path)]) == 1
    err = capsys.readouterr().err
    assert "`insurers` is not sorted by slug: adrea must come before aesio" in err
    assert "adrea must come before aesio" in GUIDES["CONTRIBUTING.md"]
    assert "run `make fmt`, which fixes it" in err
    assert problems_of(repo) == []  # the order is fmt's business, not the validator's
    assert fmt.main([str(path)]) == 0 and path.read_text(encoding="utf-8") == text


def test_placeholder_left_by_the_scaffold(repo):
    edit(repo / "data" / "updates.yaml", "      en: Timeline of the incident",
         "      en: \"TODO: the same title in English\"")
    [problem] = problems_of(repo)
    assert (problem.record, problem.field) == ("2026-11-25-chronologie", "title.en")
    assert problem.message == "still to fill in: 'TODO: the same title in English'"
    quoted_in_guides(problem)


def test_plain_space_before_a_colon_in_french(repo):
    path = repo / "docs" / "faq.fr.md"
    text = path.read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if "\u00a0:" in line and not line.startswith("#"))
    edit(path, line, line.replace("\u00a0:", " :", 1))
    [problem] = problems_of(repo)
    assert problem.message.startswith("plain space before ':' in ")
    quoted_in_guides(problem)


def test_trailing_spaces_in_markdown(repo, capsys):
    path = repo / "docs" / "faq.en.md"
    edit(path, "\n\n## ", "  \n\n\n## ")
    assert fmt.main(["--check", str(path)]) == 1
    err = capsys.readouterr().err
    assert re.search(r"faq\.en\.md: spaces at the end of line \d+", err)
    assert re.search(r"faq\.en\.md: blank lines to remove at line \d+", err)
    assert fmt.main([str(path)]) == 0 and fmt.main(["--check", str(path)]) == 0


def test_a_page_that_does_not_open_with_its_short_answer(repo):
    edit(repo / "docs" / "faq.fr.md", '!!! in-short "En bref"', '!!! note "En bref"')
    [problem] = problems_of(repo)
    assert str(problem).split("\n")[0] == (
        'docs/faq.fr.md:9: the page does not open with its "En bref" block: line 9 comes first')
    quoted_in_guides(problem)


def test_a_point_of_the_short_answer_that_runs_too_long(repo):
    edit(repo / "docs" / "faq.en.md", "According to CNIL, your medical and bank data would not be concerned",
         "According to CNIL, your medical data and your bank details would not be concerned in any way by this "
         "very large leak")
    [problem] = problems_of(repo)
    assert str(problem).split("\n")[0] == (
        'docs/faq.en.md:13: point 2 of the "In short" block has 22 words; at most 20 (citations not counted)')
    quoted_in_guides(problem)


def test_a_fold_level_that_does_not_fold(repo):
    edit(repo / "docs" / "faq.en.md", "fold: 3\n", "fold: 4\n")
    [problem] = problems_of(repo)
    assert str(problem).split("\n")[0] == "docs/faq.en.md:2: fold: 4 is not a heading level that folds"
    quoted_in_guides(problem)
