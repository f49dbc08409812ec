"""Read a YAML data file and remember the line of every value, for error messages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml

from factbase.data.problems import DataError, Problem

JsonPath = tuple[str | int, ...]
# libyaml's parser when PyYAML has it (the pinned wheels do): about ten times faster on the
# synthetic 10,000-insurer file. Its nodes carry the same line marks.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
Found = TypeVar("Found")


@dataclass(frozen=True)
class YamlDocument:
    """A parsed data file: plain Python data plus the line where each value starts."""

    display_path: str
    data: Any
    lines: dict[JsonPath, int] = field(default_factory=dict)

    def line_of(self, path: JsonPath) -> int | None:
        """Line of the value at ``path``, or of its nearest parent that has one."""
        for end in range(len(path), -1, -1):
            line = self.lines.get(tuple(path[:end]))
            if line is not None:
                return line
        return None


def walk_fields(value: Any, path: JsonPath,
                pick: Callable[[JsonPath, Any], Iterable[Found] | None]) -> Iterator[Found]:
    """Depth first through the mappings and lists of ``value`` (found at ``path``): for each mapping
    entry, what ``pick(its path, its value)`` gives, or, where it gives None, what is found inside it."""
    if isinstance(value, dict):
        for key, item in value.items():
            picked = pick((*path, key), item)
            yield from walk_fields(item, (*path, key), pick) if picked is None else picked
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from walk_fields(item, (*path, index), pick)


def load_yaml(path: Path, display_path: str) -> YamlDocument:
    """Parse ``path``; raise DataError (never another exception) when it cannot be read."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise DataError([Problem(display_path, f"cannot read the file: {error.strerror}",
                                 "check that the file exists and is readable")]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise DataError([Problem(display_path, f"the file is not UTF-8 (byte {error.start})",
                                 "save the file as UTF-8 in your editor", line=line)]) from None
    if not text.strip() or all(not ln.strip() or ln.lstrip().startswith("#") for ln in text.splitlines()):
        raise DataError([Problem(display_path, "the file is empty",
                                 "restore its records (see CONTRIBUTING.md for a record template)")])
    try:
        node = yaml.compose(text, Loader=LOADER)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        problem = getattr(error, "problem", None) or str(error)
        raise DataError([Problem(display_path, f"invalid YAML: {problem}",
                                 "check the indentation and quoting near this line",
                                 line=mark.line + 1 if mark else None)]) from None
    except RecursionError:
        # PyYAML's pure-Python composer (when libyaml is missing) recurses once per nesting level.
        raise DataError([Problem(display_path, f"values are nested more than {MAX_DEPTH} levels deep",
                                 NESTING_HINT)]) from None
    lines: dict[JsonPath, int] = {}
    problems: list[Problem] = []
    converter = _Converter(display_path, lines, problems)
    data = converter.convert(node, ())
    if converter.aliased:
        problems += _alias_problems(display_path, text)
    if problems:
        raise DataError(problems)
    return YamlDocument(display_path, data, lines)


# Data files nest 4 or 5 levels; deeper is a mistake, and converting it recursively would exhaust
# Python's recursion.
MAX_DEPTH = 20
NESTING_HINT = "check the indentation and brackets near this line"


def _alias_problems(display_path: str, text: str) -> list[Problem]:
    """Each alias at its own line (the composed nodes only know where their &anchor is)."""
    return [Problem(display_path, f"alias *{token.value} repeats the value of &{token.value}",
                    "write the value out in full: data files do not allow aliases",
                    line=token.start_mark.line + 1)
            for token in yaml.scan(text, Loader=yaml.SafeLoader) if isinstance(token, yaml.AliasToken)]


@dataclass(frozen=True)
class YamlTree:
    """A composed YAML document as plain data, with where each part of it is written."""

    data: Any
    lines: dict[JsonPath, int]  # the line (1-based) where each value starts
    entry_lines: dict[JsonPath, int]  # where each entry starts: a mapping's key, a list's item
    scalar_nodes: list[tuple[yaml.Node, JsonPath]]  # every key and scalar value, in document order
    problems: list[Problem]


def read_tree(node: yaml.Node, display_path: str = "", expand_aliases: bool = False) -> YamlTree:
    """The one reader of composed YAML: load_yaml() for the data files, and `make fmt`, which needs
    the entries' lines and the scalars' nodes to keep comments in place. A data file may hold no
    alias (load_yaml reports each one, unexpanded); `make fmt` writes them out in full
    (``expand_aliases``), except one that contains itself."""
    converter = _Converter(display_path, {}, [], expand_aliases)
    data = converter.convert(node, ())
    return YamlTree(data, converter.lines, converter.entry_lines, converter.scalar_nodes, converter.problems)


class _Converter:
    """Turns a composed YAML node tree into plain data, recording each value's line."""

    def __init__(self, display_path: str, lines: dict[JsonPath, int], problems: list[Problem],
                 expand_aliases: bool = False):
        self.display_path = display_path
        self.expand_aliases = expand_aliases
        self.ancestors: list[int] = []  # ids of the nodes being converted, outermost first
        self.lines = lines
        self.problems = problems
        self.entry_lines: dict[JsonPath, int] = {}
        self.scalar_nodes: list[tuple[yaml.Node, JsonPath]] = []
        self.scalars = yaml.SafeLoader("")  # only its scalar constructors are used
        self.seen: set[int] = set()  # ids of the nodes converted so far
        self.aliased = False

    def convert(self, node: yaml.Node, path: JsonPath) -> Any:
        line = node.start_mark.line + 1
        self.lines[path] = line
        # An alias (*name) puts the very node of its &anchor a second time in the tree. Data files
        # never need one, and `a: &x [*x]` contains itself: converting it would never end.
        if id(node) in self.seen:
            self.aliased = True
            if not self.expand_aliases or id(node) in self.ancestors:
                return None
        self.seen.add(id(node))
        if len(path) > MAX_DEPTH:
            self.problems.append(Problem(self.display_path, f"values are nested more than {MAX_DEPTH} levels deep",
                                         NESTING_HINT, line=line))
            return None
        self.ancestors.append(id(node))
        try:
            return self._collection_or_scalar(node, path)
        finally:
            self.ancestors.pop()

    def _collection_or_scalar(self, node: yaml.Node, path: JsonPath) -> Any:
        if isinstance(node, yaml.MappingNode):
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                key = self.scalar(key_node)
                key = key if isinstance(key, str) else str(key)
                self.entry_lines[(*path, key)] = key_node.start_mark.line + 1
                self.scalar_nodes.append((key_node, (*path, key)))
                if key in result:
                    self.problems.append(Problem(
                        self.display_path, f"the key {key!r} appears twice in the same record",
                        "keep one of them", line=key_node.start_mark.line + 1))
                result[key] = self.convert(value_node, (*path, key))
            return result
        if isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                self.entry_lines[(*path, index)] = item.start_mark.line + 1
            return [self.convert(item, (*path, index)) for index, item in enumerate(node.value)]
        self.scalar_nodes.append((node, path))
        return self.scalar(node)

    def scalar(self, node: yaml.Node) -> Any:
        if not isinstance(node, yaml.ScalarNode):
            return None
        try:
            value = self.scalars.construct_object(node, deep=True)
        except (ValueError, yaml.constructor.ConstructorError):
            # An impossible date such as 2024-02-30 stays a string; the schema then reports it.
            return node.value
        # Dates stay ISO strings, so that the JSON Schema (which has no date type) checks them.
        if isinstance(value, dt.datetime | dt.date):
            return value.isoformat()
        return value
