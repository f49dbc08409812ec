"""Read one data file of data/ against the JSON Schema next to it, collecting its problems."""

from __future__ import annotations

import json
from pathlib import Path

from factbase.problems import DataError, Problem
from factbase.schema import load_schema, schema_problems
from factbase.yamlfile import YamlDocument, load_yaml


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
    return document, schema_problems(document, schema, record_key)
