"""make fmt: one canonical form for the data files, with every comment kept."""

from __future__ import annotations

import json

import pytest

from factbase.tools import fmt, yamlfmt
from factbase.tools.fmt import schema_for
from factbase.tools.yamlfmt import FormatError, format_yaml
from tests.conftest import ROOT

SCHEMA = {"properties": {"items": {"x-sort-by": ["id"], "items": {"properties": {
    "id": {}, "date": {}, "title": {}, "tags": {}}}}}}

MESSY = """\
# header comment
# yaml-language-server: $schema=./x.schema.json
items:   # about the list
  # about b
  - title: 'Plain: no'
    id: b
    date: 2024-02-07  # trailing on a date
    tags: [x, y]
  - date: "2024-02-30"
    # about id a
    id: a
    title: 'it''s plain'
    multi: |
      line one
      # not a comment, text
# footer comment
"""

CANONICAL = """\
# header comment
# yaml-language-server: $schema=./x.schema.json
items:  # about the list
  # about id a
  - id: a
    date: "2024-02-30"
    title: it's plain
    multi: "line one\\n# not a comment, text\\n"
  # about b
  - id: b
    date: "2024-02-07"  # trailing on a date
    title: "Plain: no"
    tags:
      - x
      - y
# footer comment
"""


def test_sorts_orders_quotes_and_keeps_every_comment():
    assert format_yaml(MESSY, SCHEMA) == CANONICAL


def test_is_idempotent():
    assert format_yaml(CANONICAL, SCHEMA) == CANONICAL


@pytest.mark.parametrize("value", ["yes", "null", "1.5", "2024-02-07", "@handle", "a: b", " padded", "#x", "",
                                   "line\nbreak", "tab\there", "« guillemets »", "[@cnil]", "- dash", "'quoted'"])
def test_strings_come_back_as_the_same_strings(value):
    text = format_yaml(f"items:\n  - title: {json.dumps(value)}\n", SCHEMA)
    assert yamlfmt._read(__import__("yaml").compose(text))[0] == {"items": [{"title": value}]}


def test_a_change_of_data_is_refused(monkeypatch):
    monkeypatch.setattr(yamlfmt, "_scalar", lambda value: "changed")
    with pytest.raises(FormatError, match="would change the data"):
        format_yaml("items:\n  - id: a\n", SCHEMA)


def test_an_alias_is_written_out_in_full_never_dropped():
    # scripts/synthetic_data.py writes through PyYAML, which shares a repeated list as &id001/*id001;
    # the data files' reader leaves an alias unexpanded (it reports it), and fmt once wrote `null`.
    assert format_yaml("a: &x [1, 2]\nb: *x\n", {}) == "a:\n  - 1\n  - 2\nb:\n  - 1\n  - 2\n"


def test_invalid_yaml_is_reported_not_rewritten():
    with pytest.raises(FormatError, match="invalid YAML"):
        format_yaml("items: [a\n", SCHEMA)


def test_the_data_files_are_canonical():
    for path in sorted((ROOT / "data").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        assert format_yaml(text, schema_for(path)) == text, f"{path.name}: run `make fmt`"


def test_check_mode_fails_on_an_unsorted_file_and_changes_nothing(tmp_path, capsys):
    data = tmp_path / "timeline.yaml"
    (tmp_path / "timeline.schema.json").write_text((ROOT / "data" / "timeline.schema.json").read_text())
    unsorted = ('events:\n  - id: 2024-02-02-b\n    date: "2024-02-02"\n'
                '  - id: 2024-01-01-a\n    date: "2024-01-01"\n')
    data.write_text(unsorted, encoding="utf-8")
    assert fmt.main(["--check", str(data)]) == 1
    err = capsys.readouterr().err
    assert ("`events` is not sorted by date, then id: 2024-01-01 2024-01-01-a must come before "
            "2024-02-02 2024-02-02-b") in err
    assert "not in canonical form (records sorted, fields in the schema's order, quoting); run `make fmt`" in err
    assert data.read_text(encoding="utf-8") == unsorted
    assert fmt.main([str(data)]) == 0
    text = data.read_text(encoding="utf-8")
    assert text.index("2024-01-01-a") < text.index("2024-02-02-b")
    assert fmt.main(["--check", str(data)]) == 0
