"""The canonical form of a YAML data file, every comment kept (`make fmt`, factbase.tools.fmt, writes
it; scaffolds and synthetic data are written in it).

Canonical form: records sorted by the keys that the schema names in `x-sort-by`; fields in the
schema's order; two-space indentation with list items indented under their key; one scalar per
line, plain when YAML reads it back as the same string, else double-quoted (so dates stay quoted
strings); no blank lines. Comments stay with the record or field that follows them, and an
end-of-line comment stays on its line.

Hand-written rather than ruamel.yaml's round trip: ruamel keeps comments by list position, so
they stay behind when records are sorted, and it keeps each value's original quoting, which is
what this tool exists to normalise. The output is read back and compared with the input; any
difference in data or in the number of comments is an error, never a silent change.
"""

from __future__ import annotations

import functools
import io
import itertools
import json
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from factbase.data.schema import resolve
from factbase.data.yamlfile import LOADER, JsonPath, read_tree

INDENT = 2
_COMMENT_LINE = re.compile(r"^\s*#")
_TRAILING = re.compile(r"^[\s:\]},]*?\s(#.*)$")
_RESOLVER = yaml.resolver.Resolver()
_STR_TAG = "tag:yaml.org,2002:str"


class FormatError(Exception):
    """The file cannot be formatted safely; the message says why and where."""


@dataclass
class _Comments:
    header: list[str] = field(default_factory=list)
    before: dict[JsonPath, list[str]] = field(default_factory=dict)
    trailing: dict[JsonPath, str] = field(default_factory=dict)
    footer: list[str] = field(default_factory=list)
    count: int = 0


def format_yaml(text: str, schema: dict) -> str:
    """The canonical form of ``text``; raise FormatError when it is not valid YAML."""
    try:
        node = yaml.compose(text, Loader=LOADER)
    except yaml.YAMLError as error:
        raise FormatError(f"invalid YAML: {error}") from None
    lines = text.splitlines()
    if node is None:
        return text
    data, entries, scalars = _read(node)
    comments = _comments(lines, entries, scalars)
    out: list[str] = list(comments.header)
    _emit(data, (), 0, schema, schema, comments, out)
    out += comments.footer
    result = "\n".join(out) + "\n"
    _check_round_trip(text, result, comments.count)
    return result


# Reading: plain data, plus the line where each entry starts and where each scalar ends.


def _read(node: yaml.Node) -> tuple[Any, dict[int, JsonPath], list[tuple[yaml.Node, JsonPath]]]:
    """The data (factbase.data.yamlfile's one reader), the outermost entry (record or field) that
    starts on each line (0-based), and every key and scalar node with its path."""
    tree = read_tree(node, expand_aliases=True)
    entries: dict[int, JsonPath] = {}
    for path, line in tree.entry_lines.items():
        if line - 1 not in entries or len(path) < len(entries[line - 1]):
            entries[line - 1] = path
    return tree.data, entries, tree.scalar_nodes


def _comments(lines: list[str], entries: dict[int, JsonPath],
              scalars: list[tuple[yaml.Node, JsonPath]]) -> _Comments:
    comments = _Comments()
    # Lines inside a multi-line scalar are text, even when they start with "#". A block scalar's
    # end mark sits at column 0 of the line after it.
    inside_scalars = {line for node, _ in scalars
                      for line in range(node.start_mark.line + 1, node.end_mark.line + (node.end_mark.column > 0))}
    first_content = min(entries) if entries else len(lines)
    comments.header = [line.rstrip() for line in lines[:first_content]]
    while comments.header and not comments.header[-1]:
        comments.header.pop()
    comments.count = sum(1 for line in comments.header if _COMMENT_LINE.match(line))
    pending: list[str] = []
    for number in range(first_content, len(lines)):
        line = lines[number]
        if number in inside_scalars:
            continue
        if _COMMENT_LINE.match(line):
            pending.append(line.strip())
            comments.count += 1
        elif number in entries and pending:
            comments.before.setdefault(entries[number], []).extend(pending)
            pending = []
    comments.footer = pending
    for node, path in scalars:
        rest = lines[node.end_mark.line][node.end_mark.column:] if node.end_mark.line < len(lines) else ""
        match = _TRAILING.match(rest)
        if match and path not in comments.trailing:
            comments.trailing[path] = match.group(1).rstrip()
            comments.count += 1
    return comments


# Writing.


def _emit(value: Any, path: JsonPath, indent: int, schema: dict, root: dict,
          comments: _Comments, out: list[str]) -> None:
    """Write a mapping's fields (or a list's items) at ``indent``."""
    pad = " " * indent
    if isinstance(value, dict):
        for key in _key_order(value, schema, root):
            child_path, child_schema = (*path, key), _child(schema, root, key)
            out += [pad + comment for comment in comments.before.get(child_path, [])]
            _emit_entry(f"{pad}{_key(key)}:", value[key], child_path, indent, child_schema, root, comments, out)
    elif isinstance(value, list):
        item_schema = _child(schema, root, 0)
        for index in _item_order(value, schema):
            child_path = (*path, index)
            out += [pad + comment for comment in comments.before.get(child_path, [])]
            item = value[index]
            if isinstance(item, dict) and item:
                start = len(out)
                _emit(item, child_path, indent + INDENT, item_schema, root, comments, out)
                # The first field goes on the dash line ("- slug: alan"); comments that the schema's
                # field order brought up to the top of the record go above the dash.
                first = next(i for i in range(start, len(out)) if not _COMMENT_LINE.match(out[i]))
                out[start:first] = [pad + line.strip() for line in out[start:first]]
                out[first] = f"{pad}- {out[first][indent + INDENT:]}"
            else:
                _emit_entry(f"{pad}-", item, child_path, indent, item_schema, root, comments, out)


def _emit_entry(prefix: str, value: Any, path: JsonPath, indent: int, schema: dict, root: dict,
                comments: _Comments, out: list[str]) -> None:
    trailing = f"  {comments.trailing[path]}" if path in comments.trailing else ""
    if (isinstance(value, dict) and value) or (isinstance(value, list) and value):
        out.append(prefix + trailing)
        _emit(value, path, indent + INDENT, schema, root, comments, out)
    else:
        out.append(f"{prefix} {_scalar(value)}{trailing}")


def _key(key: str) -> str:
    return key if _plain(key) else json.dumps(key, ensure_ascii=False)


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, dict):
        return "{}"
    if isinstance(value, list):
        return "[]"
    text = str(value)
    if _plain(text):
        return text
    quoted = json.dumps(text, ensure_ascii=False)
    # Characters that YAML would read as line breaks or a byte-order mark inside double quotes.
    for char in ("\u2028", "\u2029", "\x85", "\ufeff"):
        quoted = quoted.replace(char, f"\\u{ord(char):04x}")
    return quoted


@functools.lru_cache(maxsize=65536)  # ids, dates and names repeat a lot in big files
def _plain(text: str) -> bool:
    """True when YAML reads ``text`` back, unquoted, as the same string."""
    if not text or text != text.strip() or "\n" in text:
        return False
    if _RESOLVER.resolve(yaml.ScalarNode, text, (True, False)) != _STR_TAG:
        return False
    analysis = yaml.emitter.Emitter(io.StringIO(), allow_unicode=True).analyze_scalar(text)
    return analysis.allow_block_plain and not analysis.multiline


# The schema decides the order of fields and records.


def _alternatives(schema: dict, root: dict) -> list[dict]:
    schema = resolve(schema, root)
    return [schema] + [resolve(alt, root) for key in ("oneOf", "anyOf") for alt in schema.get(key, [])]


def _child(schema: dict, root: dict, key: str | int) -> dict:
    for alternative in _alternatives(schema, root):
        if isinstance(key, int) and "items" in alternative:
            return resolve(alternative["items"], root)
        if isinstance(key, str) and key in alternative.get("properties", {}):
            return resolve(alternative["properties"][key], root)
    return {}


def _key_order(value: dict, schema: dict, root: dict) -> list[str]:
    order: list[str] = []
    for alternative in _alternatives(schema, root):
        order += [key for key in alternative.get("properties", {}) if key not in order]
    known = [key for key in order if key in value]
    return known + [key for key in value if key not in known]


def _item_order(items: list, schema: dict) -> list[int]:
    sort_by = schema.get("x-sort-by")
    if not sort_by:
        return list(range(len(items)))

    def key(index: int) -> tuple[str, ...]:
        item = items[index]
        return tuple(str(item.get(name, "")) if isinstance(item, dict) else "" for name in sort_by)

    return sorted(range(len(items)), key=key)


# Safety net.


def _check_round_trip(before: str, after: str, comment_count: int) -> None:
    def plain(text: str) -> Any:
        def normalise(value: Any) -> Any:
            if isinstance(value, dict):
                return {k: normalise(v) for k, v in value.items()}
            if isinstance(value, list):
                items = [normalise(v) for v in value]
                # Sorted records are compared as sets: only the order of records may change.
                return sorted(items, key=lambda v: json.dumps(v, sort_keys=True)) if _is_records(value) else items
            return value
        return normalise(_read(yaml.compose(text, Loader=LOADER))[0])

    if plain(before) != plain(after):
        raise FormatError("formatting would change the data (a bug in factbase/tools/fmt.py); "
                          "the file was left as it was")
    kept = sum(1 for line in after.splitlines() if _COMMENT_LINE.match(line)) + \
        sum(1 for line in after.splitlines() if not _COMMENT_LINE.match(line) and " #" in line)
    if kept < comment_count:
        raise FormatError(f"formatting would lose {comment_count - kept} comment(s): move each comment to its own "
                          "line above the record or field it explains")


def _is_records(value: list) -> bool:
    return bool(value) and all(isinstance(v, dict) for v in value)


def order_report(text: str, schema: dict) -> list[str]:
    """The first record out of order in each sorted list, said in words."""
    data = yaml.load(text, Loader=LOADER)
    notes = []
    for key, items in (data.items() if isinstance(data, dict) else []):
        sort_by = _child(schema, schema, key).get("x-sort-by") if isinstance(items, list) else None
        if not sort_by or not _is_records(items):
            continue
        keys = [tuple(str(item.get(name, "")) for name in sort_by) for item in items]
        for earlier, later in itertools.pairwise(keys):
            if later < earlier:
                notes.append(f"`{key}` is not sorted by {', then '.join(sort_by)}: {' '.join(later)} "
                             f"must come before {' '.join(earlier)}")
                break
    return notes

