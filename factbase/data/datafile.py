"""Read one data file of data/ against the JSON Schema next to it, collecting its problems."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from factbase.data.problems import DataError, Problem
from factbase.data.schema import load_schema, record_name, schema_problems
from factbase.data.yamlfile import JsonPath, YamlDocument, load_yaml

# What `make new-insurer` and `make new-update` write in each field still to fill in. Any value
# that holds it is reported, so that a half-filled record can never be published.
PLACEHOLDER = "TODO"


def read_data_file(data_dir: Path, name: str, display_dir: str = "data",
                   record_key: str = "id") -> tuple[YamlDocument | None, list[Problem]]:
    """Parse ``<name>.yaml`` and check it against ``<name>.schema.json``.

    Returns the document (None when it cannot be parsed) and every problem found, so that the
    caller can report them together with the problems of the other files.
    """
    display_path = f"{display_dir}/{name}.yaml"
    try:
        document = load_yaml(data_dir / f"{name}.yaml", display_path)
    except DataError as error:
        return None, list(error.problems)
    try:
        schema = load_schema(data_dir / f"{name}.schema.json")
    except (OSError, json.JSONDecodeError) as error:
        return document, [Problem(f"{display_dir}/{name}.schema.json", f"cannot read the schema: {error}",
                                  "restore the schema file next to the data file")]
    placeholders = placeholder_problems(document, record_key)
    # A placeholder usually breaks the schema too (an enum, a pattern): one problem per field is enough.
    filled_in = {(problem.line, problem.field) for problem in placeholders}
    return document, placeholders + [problem for problem in schema_problems(document, schema, record_key)
                                     if (problem.line, problem.field) not in filled_in]


def is_placeholder(value: Any) -> bool:
    return isinstance(value, str) and PLACEHOLDER in value


def placeholder_problems(document: YamlDocument, record_key: str = "id") -> list[Problem]:
    """Every value that still holds the scaffold's placeholder."""
    return [Problem(document.display_path, f"still to fill in: {value!r}",
                    "replace the placeholder with what the source says (the field's description is in the "
                    "schema and in CONTRIBUTING.md); remove an optional field that no source gives",
                    line=document.line_of(path), record=record_name(document.data, path, record_key),
                    field=".".join(map(str, path[2:])) or None)
            for path, value in _strings(document.data, ()) if is_placeholder(value)]


def _strings(value: Any, path: JsonPath) -> Iterator[tuple[JsonPath, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, (*path, index))
    elif isinstance(value, str):
        yield path, value
