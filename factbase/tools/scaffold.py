"""`make new-insurer`, `make new-update` and `make new-event`: add a record to fill in.

The record holds every field that the file's JSON Schema requires, built from that schema, so it
always matches what the loader checks. Each field that only a person can fill in holds a
placeholder that starts with TODO; factbase.data.datafile reports every one, so a half-filled record
stops the build and `make lint` and can never be published. The file is then rewritten by
`make fmt`'s formatter, which sorts the new record into place and keeps every comment.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from factbase import repository_root
from factbase.data.datafile import PLACEHOLDER
from factbase.data.insurers import fold
from factbase.data.schema import SchemaField, resolve, schema_fields
from factbase.data.yamlfile import load_yaml
from factbase.tools.yamlfmt import FormatError, format_yaml

ROOT = repository_root()
_TOP_LEVEL_KEY = re.compile(r"^([A-Za-z_][\w-]*):(.*)$")


class ScaffoldError(Exception):
    """The record cannot be added; the message says why and what to do."""


@dataclass(frozen=True)
class Kind:
    file: str  # data file name without .yaml
    list_key: str  # the top-level list that holds the records
    record_key: str  # the field that names a record


KINDS = {
    "insurer": Kind("insurers", "insurers", "slug"),
    "update": Kind("updates", "updates", "id"),
    "event": Kind("timeline", "events", "id"),
}


def slug_of(name: str) -> str:
    """'La Mutuelle Générale' -> 'la-mutuelle-generale' (the page address /assureurs/<slug>/)."""
    return fold(name).replace(" ", "-")


def placeholder(schema: dict) -> str:
    """What a field holds until someone fills it in: TODO and what the schema expects."""
    if "enum" in schema:
        values = [str(value) for value in schema["enum"]]
        return f"{PLACEHOLDER}: {', '.join(values[:-1])} or {values[-1]}"
    description = schema.get("description", "")
    first_sentence = re.split(r"(?<=[.:])\s", description, maxsplit=1)[0].rstrip(".:")
    return f"{PLACEHOLDER}: {first_sentence}" if first_sentence else PLACEHOLDER


def skeleton(schema: dict, root: dict, values: dict[str, Any]) -> Any:
    """A value with every required field of ``schema``; ``values`` fills fields by name."""
    schema = resolve(schema, root)
    if schema.get("type") == "object" or "properties" in schema:
        return {name: values[name] if name in values else skeleton(child, root, {})
                for name, child in schema.get("properties", {}).items() if name in schema.get("required", ())}
    if schema.get("type") == "array":
        return [skeleton(schema.get("items", {}), root, {})]
    return placeholder(schema)


def record_schema(schema: dict, list_key: str) -> dict:
    field: SchemaField = next(field for field in schema_fields(schema) if field.path == list_key)
    return resolve(field.schema["items"], schema)


def new_record(kind: str, schema: dict, *, name: str | None = None, date: dt.date) -> dict:
    spec = KINDS[kind]
    values: dict[str, Any]
    if kind == "insurer":
        if not name or not name.strip():
            raise ScaffoldError('give the insurer\'s name as its sources write it: make new-insurer NAME="..."')
        values = {"slug": slug_of(name), "name": name.strip(), "last_checked": date.isoformat()}
    else:
        values = {"id": f"{date.isoformat()}-{PLACEHOLDER}-a-few-words-in-lowercase", "date": date.isoformat()}
    return skeleton(record_schema(schema, spec.list_key), schema, values)


def add_record(text: str, schema: dict, list_key: str, record: dict) -> str:
    """``text`` with ``record`` at the end of its top-level list, in canonical form."""
    lines = text.splitlines()
    start = next((index for index, line in enumerate(lines)
                  if (match := _TOP_LEVEL_KEY.match(line)) and match.group(1) == list_key), None)
    if start is None:
        raise ScaffoldError(f"the file has no `{list_key}:` list; restore it from git")
    if lines[start].split(":", 1)[1].split("#")[0].strip() == "[]":
        lines[start] = f"{list_key}:"
    end = next((index for index in range(start + 1, len(lines)) if _TOP_LEVEL_KEY.match(lines[index])), len(lines))
    while end - 1 > start and (not lines[end - 1].strip() or lines[end - 1].startswith("#")):
        end -= 1  # comments just above the next key belong to it
    # JSON is YAML: the formatter turns this flow mapping into the file's block style.
    lines.insert(end, "  - " + json.dumps(record, ensure_ascii=False))
    return format_yaml("\n".join(lines) + "\n", schema)


def scaffold(kind: str, data_dir: Path, *, name: str | None = None,
             date: dt.date) -> tuple[Path, int | None, dict]:
    """Add a new record of ``kind`` to its data file; return the file, the record's line and the record."""
    spec = KINDS[kind]
    path = data_dir / f"{spec.file}.yaml"
    schema = json.loads((data_dir / f"{spec.file}.schema.json").read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8")
    record = new_record(kind, schema, name=name, date=date)
    key = record[spec.record_key]
    data = yaml.safe_load(text) or {}
    taken = {existing.get(spec.record_key) for list_key in ("insurers", "removed", spec.list_key)
             for existing in (data.get(list_key) or []) if isinstance(existing, dict)}
    if key in taken:
        raise ScaffoldError(f"{path.name} already has a record {spec.record_key}: {key}; correct that one, "
                            "or give a name that tells the two apart")
    try:
        updated = add_record(text, schema, spec.list_key, record)
    except FormatError as error:
        raise ScaffoldError(f"{path.name} cannot be rewritten ({error}); run `make lint` and fix it first") from None
    path.write_text(updated, encoding="utf-8")
    return path, _line_of(path, spec.list_key, spec.record_key, key), record


def _line_of(path: Path, list_key: str, record_key: str, key: str) -> int | None:
    document = load_yaml(path, path.name)
    records = document.data.get(list_key) or []
    index = next((index for index, record in enumerate(records) if record.get(record_key) == key), None)
    return document.line_of((list_key, index)) if index is not None else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m factbase.tools.scaffold", description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=sorted(KINDS))
    parser.add_argument("--name", help="insurer: its name as the sources write it")
    parser.add_argument("--date", help="update, event: YYYY-MM-DD (default: today)")
    parser.add_argument("--data-dir", type=Path, default=ROOT / "data")
    args = parser.parse_args(argv)
    try:
        date = dt.date.fromisoformat(args.date) if args.date else dt.date.today()
    except ValueError:
        print(f"error: DATE={args.date} is not a real date in the form YYYY-MM-DD", file=sys.stderr)
        return 2
    try:
        path, line, record = scaffold(args.kind, args.data_dir, name=args.name, date=date)
    except ScaffoldError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    print(f"added {args.kind} {record[KINDS[args.kind].record_key]!r} at {shown}:{line}")
    print(f"next: replace every {PLACEHOLDER} in it (see CONTRIBUTING.md), then run `make lint`;"
          f" until then the build lists each {PLACEHOLDER} that is left.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
