"""Check a data file against its JSON Schema and turn each error into a Problem."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError

from factbase.data.problems import Problem
from factbase.data.yamlfile import YamlDocument
from factbase.text.lang import LANGUAGES

_FORMATS = FormatChecker()


@_FORMATS.checks("date", raises=(ValueError, OverflowError))
def _is_date(value: object) -> bool:
    if isinstance(value, str):
        dt.date.fromisoformat(value)
    return True


@_FORMATS.checks("partial-date", raises=(ValueError, OverflowError))
def _is_partial_date(value: object) -> bool:
    """YYYY, YYYY-MM or YYYY-MM-DD, each a real calendar date."""
    if isinstance(value, str):
        parts = [int(part) for part in value.split("-")]
        month, day = [*parts[1:], 1, 1][:2]
        dt.date(parts[0], month, day)
    return True


def load_schema(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def schema_problems(document: YamlDocument, schema: dict, record_key: str = "id") -> list[Problem]:
    """Every way in which ``document`` breaks ``schema``, each with its line, record and field."""
    validator = Draft202012Validator(schema, format_checker=_FORMATS)
    problems = []
    errors = [leaf for error in validator.iter_errors(document.data) for leaf in _leaf_errors(error)]
    for error in sorted(errors, key=lambda e: list(map(str, e.absolute_path))):
        path = tuple(error.absolute_path)
        if error.validator == "additionalProperties":
            # One problem per unknown key, at the key's own line.
            for key in sorted(set(error.instance) - set(error.schema.get("properties", {}))):
                problems.append(Problem(
                    file=document.display_path, line=document.line_of((*path, key)),
                    record=record_name(document.data, path, record_key),
                    field=".".join([*map(str, path[2:]), key]),
                    message=f"unknown field {key!r}", hint=_hint(error)))
            continue
        problems.append(Problem(
            file=document.display_path,
            line=document.line_of(path),
            record=record_name(document.data, path, record_key),
            field=_field_name(error, path),
            message=_message(error),
            hint=_hint(error),
        ))
    return problems


def _leaf_errors(error: ValidationError) -> list[ValidationError]:
    """For "one of these forms" (oneOf/anyOf), the errors of the form that the value has taken.

    A text is a plain string or a {fr, en} mapping: for a mapping without `en`, "missing
    translation 'en'" says more than "is not valid under any of the given schemas". The forms
    whose own type the value does not have are left out; if none is left, the error stays.
    """
    if error.validator not in ("oneOf", "anyOf") or not error.context:
        return [error]
    by_form: dict[Any, list[ValidationError]] = {}
    for sub in error.context:
        by_form.setdefault(sub.schema_path[0], []).append(sub)
    taken = [subs for subs in by_form.values()
             if not any(sub.validator == "type" and not sub.relative_path for sub in subs)]
    if len(taken) != 1:
        return [error]
    return [leaf for sub in taken[0] for leaf in _leaf_errors(sub)]


def record_name(data: Any, path: tuple, record_key: str) -> str | None:
    # Records are the items of the file's top-level list, e.g. sources[3] -> "cnil-2024-02-07".
    if len(path) >= 2 and isinstance(path[1], int):
        try:
            record = data[path[0]][path[1]]
        except (KeyError, IndexError, TypeError):
            return None
        if isinstance(record, dict) and isinstance(record.get(record_key), str):
            return record[record_key]
        return f"#{path[1] + 1}"
    return None


def _field_name(error: ValidationError, path: tuple) -> str | None:
    inner = [str(part) for part in path[2:]]
    if error.validator == "required":
        missing = error.message.split("'")[1] if "'" in error.message else None
        inner.append(missing) if missing else None
    return ".".join(inner) or None


def _message(error: ValidationError) -> str:
    kind = error.validator
    if _missing_translation(error):
        return f"missing translation: {_missing_translation(error)!r} (every text needs {' and '.join(LANGUAGES)})"
    if kind == "required":
        return f"missing field: {error.message.split(' is a required')[0]}"
    if kind == "enum":
        allowed = ", ".join(map(repr, error.validator_value))
        return f"{error.instance!r} is not allowed here; expected one of: {allowed}"
    if kind == "type":
        expected = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        words = " or ".join(_TYPE_WORDS.get(name, name) for name in expected)
        return f"{error.instance!r} has the wrong type; expected {words}"
    if kind == "format" and error.validator_value == "date":
        return f"{error.instance!r} is not a real date in the form YYYY-MM-DD"
    if kind == "format" and error.validator_value == "partial-date":
        return f"{error.instance!r} is not a real date (YYYY-MM-DD, YYYY-MM or YYYY)"
    if kind == "pattern":
        description = error.schema.get("description", "")
        return f"{error.instance!r} has the wrong form. {description}".strip()
    if kind in ("minLength", "minItems"):
        return "this must not be empty"
    if kind == "uniqueItems":
        return "the list repeats an entry"
    if kind == "not" and error.schema.get("description"):
        return error.schema["description"]
    return error.message


_TYPE_WORDS = {"string": "text", "null": "null (no value)", "boolean": "true or false", "integer": "a whole number",
               "number": "a number", "array": "a list (- item)", "object": "a mapping (key: value)"}

_HINTS = {
    "required": "add the field (see the record template in CONTRIBUTING.md)",
    "additionalProperties": "remove the field, or fix its spelling",
    "enum": "use one of the listed values",
    "type": "write the value in the expected form",
    "format": "write a real date: YYYY-MM-DD (or YYYY-MM, YYYY where the schema allows it)",
    "pattern": "rewrite the value in the expected form",
    "minLength": "fill in the value",
    "minItems": "add at least one entry",
    "uniqueItems": "remove the repeated entry",
    "not": "remove the field, or change the value it depends on",
}


def _hint(error: ValidationError) -> str:
    if _missing_translation(error):
        return f"add the {_missing_translation(error)} text, saying the same as the other language"
    return _HINTS.get(str(error.validator), "see the field's description in the schema")


# The fields a schema documents: what editors show, what CONTRIBUTING.md explains, what the
# scaffolds of `make new-insurer` and `make new-update` fill in.


@dataclass(frozen=True)
class SchemaField:
    """One property of a data file's schema, its own keywords merged over its $ref target."""

    path: str  # e.g. "insurers[].operators[].basis_note.fr"
    name: str  # the key as written in YAML, e.g. "fr"
    schema: dict
    required: bool


def resolve(schema: Any, root: dict) -> dict:
    """``schema`` with its $ref followed; the referring schema's own keywords win (they are only
    descriptions and examples in our schemas). Not a schema: {}. The one $ref resolution of the
    project: the validator's field list, the editors' checks and `make fmt` use it."""
    if not isinstance(schema, dict):
        return {}
    seen = 0
    merged = dict(schema)
    while "$ref" in merged and seen < 20:
        target: Any = root
        for part in merged.pop("$ref").removeprefix("#/").split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        merged = {**target, **merged} if isinstance(target, dict) else merged
        seen += 1
    return merged


def enum_of(schema: dict, *path: str) -> tuple[str, ...]:
    """The allowed values at ``path`` (keys from the root, each step's $ref followed), in the
    schema's order: the one list of those values and of their order (operators, reliabilities)."""
    return tuple(_node_at(schema, path).get("enum", ()))


def defaults_of(schema: dict, *path: str) -> dict[str, Any]:
    """What the object at ``path`` holds where a record leaves a property out: the defaults that its
    properties declare, the one copy of those values (a source's url_checked: true)."""
    properties = {name: resolve(value, schema) for name, value in _node_at(schema, path).get("properties", {}).items()}
    return {name: node["default"] for name, node in properties.items() if "default" in node}


def _node_at(schema: dict, path: tuple[str, ...]) -> dict:
    node = resolve(schema, schema)
    for key in path:
        node = resolve(node.get(key), schema)
    return node


def schema_fields(schema: dict) -> list[SchemaField]:
    """Every property that a data file may hold, depth first, in the schema's order."""
    fields: list[SchemaField] = []

    def walk(node: dict, prefix: str) -> None:
        node = resolve(node, schema)
        if "items" in node:
            walk(node["items"], prefix + "[]")
        for alternative in [node, *(resolve(alt, schema) for alt in node.get("oneOf", []) + node.get("anyOf", []))]:
            required = set(alternative.get("required", ()))
            for name, child in alternative.get("properties", {}).items():
                path = f"{prefix}.{name}" if prefix else name
                if any(field.path == path for field in fields):
                    continue
                fields.append(SchemaField(path, name, resolve(child, schema), name in required))
                walk(child, path)

    walk(schema, "")
    return fields


def _missing_translation(error: ValidationError) -> str | None:
    """The language of a text left out of a {fr, en} mapping, if that is what the error is."""
    if error.validator == "required" and isinstance(error.instance, dict):
        missing = [lang for lang in error.validator_value if lang not in error.instance]
        if missing and missing[0] in LANGUAGES:
            return missing[0]
    return None
