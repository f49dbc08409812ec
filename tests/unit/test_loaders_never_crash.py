"""Property: whatever a data file holds, its loader either loads it or raises DataError with a
message. Random text and bytes, the real files mutated line by line, the real data with values
swapped for random ones, and YAML's odd corners (tags, anchors, deep nesting) all go in."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factbase.problems import DataError
from factbase.sources import load_sources
from tests.conftest import ROOT

# Every data file and the function that loads it alone from a data folder.
LOADERS: dict[str, Callable[[Path], object]] = {
    "sources.yaml": load_sources,
}
# The same 150 examples on every run keep `make test` steady; FUZZ_EXAMPLES=5000 explores new ones.
EXPLORE = int(os.environ.get("FUZZ_EXAMPLES", "0"))
EXAMPLES = settings(max_examples=EXPLORE or 150, deadline=None, derandomize=not EXPLORE,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@pytest.fixture(params=sorted(LOADERS))
def data_file(request, tmp_path) -> tuple[Path, Callable[[Path], object], str]:
    """A data folder with every schema and data file; returns the file to break, its loader, its text."""
    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data", folder)
    return folder / request.param, LOADERS[request.param], (ROOT / "data" / request.param).read_text(encoding="utf-8")


def loads_or_reports(path: Path, content: str | bytes, loader: Callable[[Path], object]) -> None:
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass"))
    try:
        loader(path.parent)
    except DataError as error:
        assert error.problems and all(problem.message for problem in error.problems)
        assert str(error).strip()


# Random values that YAML can hold, for the structural mutations.
SCALARS = (st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30)
           | st.dates(min_value=dt.date(1, 1, 1)).map(lambda d: d) | st.sampled_from(["", "fr", "en", "2024-02-30"]))
VALUES = st.recursive(SCALARS, lambda children: st.lists(children, max_size=3)
                      | st.dictionaries(st.text(max_size=8), children, max_size=3), max_leaves=8)
ODD_YAML = st.sampled_from([
    "a: &x [*x]\n",                                     # an alias inside its own anchor
    "a: &a [1, 2]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n",  # aliases that multiply
    "sources: !!binary aGVsbG8=\n",
    "sources: !!python/object:os.system ls\n",
    "sources: !!set {a, b}\n",
    "sources: !!omap [a: 1]\n",
    "sources:\n  - id: !!int nope\n",
    "sources:\n  - date: !!timestamp 2024-99-99\n",
    "sources:\n  - <<: {id: a}\n",
    "--- a\n--- b\n",
    "\ufeffsources: []\n",
    "sources: [\x00]\n",
    "sources:\n\t- id: a\n",
    "? [a, b]\n: c\n",
    "[" * 200 + "]" * 200,
    "[" * 5000 + "]" * 5000,
    "a:\n" + "".join("  " * i + "- \n" for i in range(1, 400)),
    "sources:\n  - id: x\n    date: 99999999999999999999-01-01\n",
    "sources:\n  - {id: x, date: '99999999999999999999'}\n",
    "sources:\n  - {id: x, date: '-1'}\n",
    "sources:\n  - {id: x, date: '2024-00'}\n",
    "sources:\n  - {id: x, date: '٢٠٢٤-٠٢-٠٧'}\n",
    "sources: " + "9" * 5000 + "\n",
    "sources:\n  - {id: x, publisher: {fr: a}}\n",
    "sources:\n  - {id: [1], title: {a: 1}}\n",
    "sources: {}\n",
    "[]\n",
    "null\n",
    "42\n",
])


@EXAMPLES
@given(content=st.text() | st.binary() | ODD_YAML)
def test_random_and_odd_content(data_file, content):
    path, loader, _ = data_file
    loads_or_reports(path, content, loader)


@st.composite
def mutated_lines(draw, text: str) -> str:
    lines = text.splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 4))):
        if not lines:
            break
        at = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["delete", "duplicate", "insert", "indent", "dedent", "swap", "truncate",
                                       "replace_char"]))
        if action == "delete":
            del lines[at]
        elif action == "duplicate":
            lines.insert(at, lines[at])
        elif action == "insert":
            lines.insert(at, draw(st.text(max_size=40)) + "\n")
        elif action == "indent":
            lines[at] = "  " + lines[at]
        elif action == "dedent":
            lines[at] = lines[at].lstrip()
        elif action == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif action == "truncate":
            lines = lines[:at]
        else:
            line = lines[at]
            if line:
                column = draw(st.integers(0, len(line) - 1))
                lines[at] = line[:column] + draw(st.characters()) + line[column + 1:]
    return "".join(lines)


@EXAMPLES
@given(data=st.data())
def test_real_file_mutated_line_by_line(data_file, data):
    path, loader, text = data_file
    loads_or_reports(path, data.draw(mutated_lines(text)), loader)


@st.composite
def mutated_data(draw, text: str) -> str:
    document = yaml.safe_load(text)
    for _ in range(draw(st.integers(1, 3))):
        node, key = document, None
        while isinstance(node, dict | list) and node and draw(st.booleans()):
            keys = list(node) if isinstance(node, dict) else list(range(len(node)))
            key = draw(st.sampled_from(keys))
            if not isinstance(node[key], dict | list):
                break
            node = node[key]
        if not isinstance(node, dict | list) or not node:
            continue
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        key = draw(st.sampled_from(keys))
        action = draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "replace":
            node[key] = draw(VALUES)
        elif action == "delete":
            del node[key]
        elif isinstance(node, dict):
            node[draw(st.text(min_size=1, max_size=10))] = draw(VALUES)
        else:
            node.append(draw(VALUES))
    return yaml.safe_dump(document, allow_unicode=True, sort_keys=False)


@EXAMPLES
@given(data=st.data())
def test_real_data_with_random_values(data_file, data):
    path, loader, text = data_file
    loads_or_reports(path, data.draw(mutated_data(text)), loader)


def test_the_real_files_load():
    for name, loader in LOADERS.items():
        assert loader(ROOT / "data"), name


def test_every_data_file_has_its_loader_here():
    assert {path.name for path in (ROOT / "data").glob("*.yaml")} == set(LOADERS), \
        "register the loader of each data file in LOADERS, so that it is fuzzed too"
