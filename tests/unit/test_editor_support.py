"""Editor support: each data file names its schema on its first line, and each schema property has
a description and examples that editors show while you type (yaml-language-server, VS Code, ...)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from factbase.data.schema import schema_fields
from tests.conftest import ROOT

DATA_FILES = sorted((ROOT / "data").glob("*.yaml"))
SCHEMAS = sorted((ROOT / "data").glob("*.schema.json"))


def test_every_data_file_has_a_schema():
    assert DATA_FILES and {path.name.removesuffix(".yaml") for path in DATA_FILES} <= {
        path.name.removesuffix(".schema.json") for path in SCHEMAS}


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda path: path.name)
def test_first_line_names_the_schema_for_editors(path: Path):
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first == f"# yaml-language-server: $schema=./{path.name.removesuffix('.yaml')}.schema.json", (
        f"{path.name}: the first line must be the yaml-language-server schema line")


@pytest.mark.parametrize("path", SCHEMAS, ids=lambda path: path.name)
def test_every_property_has_a_description_and_valid_examples(path: Path):
    schema = json.loads(path.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    fields = schema_fields(schema)
    assert len(fields) >= 5  # the smallest schema (redirects) has five
    missing = [f"{field.path}: {key}" for field in fields for key in ("description", "examples")
               if not field.schema.get(key)]
    assert not missing, "add a description and examples to: " + ", ".join(missing)
    wrong = []
    for field in fields:
        validator = Draft202012Validator({"$defs": schema.get("$defs", {}), **field.schema})
        wrong += [f"{field.path}: {example!r}: {error.message}"
                  for example in field.schema["examples"] for error in validator.iter_errors(example)]
    assert not wrong, "examples that their own schema rejects: " + "; ".join(wrong)


def test_schema_fields_follow_refs_lists_and_alternatives():
    text = {"type": "object", "required": ["fr"], "description": "one per language",
            "properties": {"fr": {"type": "string"}}}
    record = {"type": "object", "required": ["title"],
              "properties": {"title": {"$ref": "#/$defs/text", "description": "own"},
                             "name": {"oneOf": [{"type": "string"}, {"$ref": "#/$defs/text"}]}}}
    schema = {"$defs": {"text": text}, "properties": {"items": {"type": "array", "items": record}}}
    fields = {field.path: field for field in schema_fields(schema)}
    assert list(fields) == ["items", "items[].title", "items[].title.fr", "items[].name", "items[].name.fr"]
    assert fields["items[].title"].schema["description"] == "own" and fields["items[].title"].required
    assert fields["items[].title.fr"].required and not fields["items[].name"].required
