"""Property: whatever a data file holds, loading the data folder (what the build does) either
succeeds or raises DataError with a message, never another exception. Random text and bytes, a
valid file mutated line by line, valid data with values swapped for random ones, and YAML's odd
corners (tags, aliases, deep nesting) all go in, into each data file in turn."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factbase.data.dataset import load_dataset
from factbase.data.problems import DataError
from factbase.data.redirects import load_redirects
from sitecheck.external import unchecked_addresses
from tests.conftest import FIXTURES, ROOT, fixture_data

pytestmark = pytest.mark.long  # started first: see tests/conftest.py, SCHEDULE


def load_all(folder: Path) -> object:
    """What the build does: every file of the folder, checked together (source ids across files);
    then the redirects (the build) and the unchecked links (`make linkcheck-external`)."""
    dataset = load_dataset(folder, "data", docs_dir=ROOT / "docs")
    load_redirects(folder)
    unchecked_addresses(folder.parent)  # reads <root>/data/unchecked-links.yaml
    return dataset


# Each data file is broken in turn in a copy of the valid fixture data (tests/fixtures/data: every
# field, a few records, so that an example costs a few milliseconds); the other files stay valid.
DATA_FILES = sorted(path.name for path in (FIXTURES / "data").glob("*.yaml"))
# The same examples on every run keep `make test` steady: 40 per file and kind of damage, 1,080 loads
# of the data folder in all (60 cost `make test` about 16 s more on 2 cores). FUZZ_EXAMPLES=3000
# explores new ones.
EXPLORE = int(os.environ.get("FUZZ_EXAMPLES", "0"))
EXAMPLES = settings(max_examples=EXPLORE or 40, deadline=None, derandomize=not EXPLORE,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@pytest.fixture(params=DATA_FILES)
def data_file(request, tmp_path) -> tuple[Path, str]:
    """A valid data folder; returns the file to break and its valid text."""
    folder = fixture_data(tmp_path / "data")
    return folder / request.param, (FIXTURES / "data" / request.param).read_text(encoding="utf-8")


def loads_or_reports(path: Path, content: str | bytes) -> None:
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass"))
    try:
        load_all(path.parent)
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
    path, _ = data_file
    loads_or_reports(path, content)


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
def test_valid_file_mutated_line_by_line(data_file, data):
    path, text = data_file
    loads_or_reports(path, data.draw(mutated_lines(text)))


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
def test_valid_data_with_random_values(data_file, data):
    path, text = data_file
    loads_or_reports(path, data.draw(mutated_data(text)))


def test_the_real_files_and_the_fixture_load(tmp_path):
    assert load_all(ROOT / "data") and load_all(fixture_data(tmp_path / "data"))


def test_every_data_file_is_fuzzed():
    assert {path.name for path in (ROOT / "data").glob("*.yaml")} == set(DATA_FILES), \
        "give each data file a valid copy in tests/fixtures/data, so that it is fuzzed too"
