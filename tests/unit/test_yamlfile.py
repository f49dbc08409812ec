import re

import pytest

from factbase.data.problems import DataError
from factbase.data.yamlfile import load_yaml


def load(tmp_path, text: str | bytes):
    path = tmp_path / "data.yaml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return load_yaml(path, "data/data.yaml")


def problems_of(tmp_path, text) -> list[str]:
    with pytest.raises(DataError) as caught:
        load(tmp_path, text)
    return [str(problem) for problem in caught.value.problems]


def test_values_and_their_lines(tmp_path):
    document = load(tmp_path, "# comment\nitems:\n  - id: a\n    date: 2024-02-07\n  - id: b\n")
    assert document.data == {"items": [{"id": "a", "date": "2024-02-07"}, {"id": "b"}]}
    assert document.line_of(("items", 0, "date")) == 4
    assert document.line_of(("items", 1)) == 5
    assert document.line_of(("items", 1, "missing")) == 5  # falls back to the record


def test_impossible_date_stays_text_for_the_schema_to_report(tmp_path):
    assert load(tmp_path, "date: 2024-02-30\n").data == {"date": "2024-02-30"}


def test_broken_yaml_names_the_line(tmp_path):
    [problem] = problems_of(tmp_path, "items:\n  - id: a\n   bad: [\n")
    assert problem.startswith("data/data.yaml:") and "invalid YAML" in problem


def test_not_utf8(tmp_path):
    [problem] = problems_of(tmp_path, "a: 1\nb: caf\xe9\n".encode("latin-1"))
    assert problem.startswith("data/data.yaml:2: the file is not UTF-8")


@pytest.mark.parametrize("text", ["", "   \n", "# only a comment\n"])
def test_empty_file(tmp_path, text):
    assert problems_of(tmp_path, text) == [
        "data/data.yaml: the file is empty\n    fix: restore its records (see CONTRIBUTING.md for a record template)"]


def test_duplicate_keys_are_all_reported(tmp_path):
    problems = problems_of(tmp_path, "a: 1\na: 2\nb:\n  c: 1\n  c: 2\n")
    assert [p.split(":")[1] for p in problems] == ["2", "5"]


def test_missing_file(tmp_path):
    with pytest.raises(DataError, match="cannot read the file"):
        load_yaml(tmp_path / "nope.yaml", "data/nope.yaml")


def test_aliases_are_refused_at_their_line(tmp_path):
    # `&x [*x]` contains itself: converting it used to recurse until Python gave up.
    assert problems_of(tmp_path, "a: 1\nb: &x [*x]\nc: *x\n") == [
        "data/data.yaml:2: alias *x repeats the value of &x\n    fix: write the value out in full: data files do "
        "not allow aliases",
        "data/data.yaml:3: alias *x repeats the value of &x\n    fix: write the value out in full: data files do "
        "not allow aliases"]


@pytest.mark.parametrize("text", ["a: " + "[" * 5000 + "]" * 5000 + "\n", "a: " + "[" * 30 + "]" * 30 + "\n"])
def test_deep_nesting_is_refused(tmp_path, text):
    [problem] = problems_of(tmp_path, text)
    # libyaml (CSafeLoader) stops at 1,000 levels itself: "exceeded maximum nesting depth".
    assert problem.startswith("data/data.yaml") and re.search(r"nested more than 20 levels|nesting depth", problem)
