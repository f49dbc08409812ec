"""The corpus of broken inputs in tests/bad_inputs/ (see its README): each stops the strict build with
its exact message, and no traceback. Each case is built in this process (tests.conftest.build_in_process):
most stop in the first event, so a new process would cost most of the time. That a failed `make build`
leaves the previous site/ byte for byte is tested once per way of failing, through scripts/build.py,
in tests/site/test_build_process.py."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from tests.builds import build_in_process
from tests.conftest import FIXTURES, ROOT, project_copy

pytestmark = pytest.mark.long  # started first: see tests/conftest.py, SCHEDULE

CORPUS = ROOT / "tests" / "bad_inputs"
CASES = sorted(path.name for path in CORPUS.iterdir() if (path / "case.yaml").is_file())
# The data pipeline's own corpus (tests/fixtures/bad-data/<case>/: the files that replace those of
# the valid fixture data, and expected.txt, the exact report, checked on the loader by
# tests/unit/test_data_loading.py): each case also goes through the build here.
DATA_CORPUS = FIXTURES / "bad-data"
DATA_CASES = sorted(path.name for path in DATA_CORPUS.iterdir() if (path / "expected.txt").is_file())
_LOG_PREFIX = re.compile(r"^(?:ERROR|WARNING|INFO)\s+-\s+")


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Path:
    """One copy of what the build reads; each case copies it."""
    return project_copy(tmp_path_factory.mktemp("pristine") / "project")


def apply_edits(project: Path, case: Path, edits: list[dict]) -> dict[str, int]:
    """Applies the case's edits; returns the placeholders that `expect` may use: {line1}, {line2}, ...
    the line of each edit that has one, and {line} for the first of them."""
    values: dict[str, int] = {}
    for number, edit in enumerate(edits, start=1):
        target = project / edit["path"]
        line = None
        if "write" in edit:
            shutil.copyfile(case / edit["write"], target)
        elif "delete" in edit:
            target.unlink()
        elif "append" in edit:
            text = target.read_text(encoding="utf-8")
            text = text if text.endswith("\n") else text + "\n"
            line = text.count("\n") + 1 + len(edit["append"]) - len(edit["append"].lstrip("\n"))
            target.write_text(text + edit["append"], encoding="utf-8")
        elif "delete_line" in edit:
            lines = target.read_text(encoding="utf-8").splitlines(keepends=True)
            found = [i for i, text in enumerate(lines) if text.startswith(edit["delete_line"])]
            assert found, f"{case.name}: no line of {edit['path']} starts with {edit['delete_line']!r} any more"
            line = found[0] + 1
            target.write_text("".join(lines[: found[0]] + lines[found[0] + 1:]), encoding="utf-8")
        else:
            text = target.read_text(encoding="utf-8")
            assert edit["replace"] in text, f"{case.name}: {edit['replace']!r} is not in {edit['path']} any more"
            line = text[: text.index(edit["replace"])].count("\n") + 1
            target.write_text(text.replace(edit["replace"], edit["with"], 1), encoding="utf-8")
        if line is not None:
            values[f"line{number}"] = line
            values.setdefault("line", line)
    return values


def printed_lines(stderr: str) -> list[str]:
    return [_LOG_PREFIX.sub("", line).strip() for line in stderr.splitlines()]


def run_case(name: str, pristine: Path, workspace: Path) -> dict:
    """Breaks a copy of the project as the case says and builds it."""
    case = CORPUS / name
    spec = yaml.safe_load((case / "case.yaml").read_text(encoding="utf-8"))
    project = workspace / name / "project"
    shutil.copytree(pristine, project)
    values = apply_edits(project, case, spec["edits"])
    env = {"SITE_URL": None, "SITE_DATA_DIR": None, **spec.get("env", {})}
    status, output = build_in_process(project / "mkdocs.yml", project.parent / "site", env)
    return {"expect": [line.format(**values) for line in spec["expect"]], "status": status, "output": output}


def run_data_case(name: str, pristine: Path, workspace: Path) -> dict:
    """The valid fixture data, then the case's broken files, in place of data/*.yaml (the schemas
    stay), built; the case's expected.txt is the report to print."""
    project = workspace / f"data-{name}" / "project"
    shutil.copytree(pristine, project)
    for source in (FIXTURES / "data", DATA_CORPUS / name):
        for path in source.glob("*.yaml"):
            shutil.copy(path, project / "data" / path.name)
    status, output = build_in_process(project / "mkdocs.yml", project.parent / "site",
                                      {"SITE_URL": None, "SITE_DATA_DIR": None})
    expect = (DATA_CORPUS / name / "expected.txt").read_text(encoding="utf-8").splitlines()
    return {"expect": expect, "status": status, "output": output}


@pytest.fixture(scope="module")
def outcomes(pristine, tmp_path_factory) -> dict[tuple[str, str], dict]:
    """Every case of both corpora, one after the other (a build in this process sets the environment)."""
    workspace = tmp_path_factory.mktemp("cases")
    found = {("case", name): run_case(name, pristine, workspace) for name in CASES}
    return found | {("data", name): run_data_case(name, pristine, workspace) for name in DATA_CASES}


@pytest.mark.parametrize("name", CASES)
def test_bad_input_stops_the_build_with_its_message(outcomes, name):
    check_outcome(name, outcomes["case", name])


@pytest.mark.parametrize("name", DATA_CASES)
def test_bad_data_stops_the_build_with_its_report(outcomes, name):
    check_outcome(name, outcomes["data", name])


def check_outcome(name: str, outcome: dict) -> None:
    output = outcome["output"]
    assert outcome["status"] == 1, f"{name}: the build should have failed\n{output[-2000:]}"
    assert "Traceback" not in output, output[-3000:]
    printed = printed_lines(output)
    missing = [line for line in outcome["expect"] if line.strip() not in printed]
    assert not missing, f"{name}: not printed: {missing}\n--- printed:\n" + "\n".join(
        line for line in printed if not line.startswith("mkdocs_static_i18n"))[-3000:]


def test_the_corpora_cover_every_kind_of_input():
    paths = {edit["path"] for name in CASES
             for edit in yaml.safe_load((CORPUS / name / "case.yaml").read_text(encoding="utf-8"))["edits"]}
    paths |= {f"data/{path.name}" for name in DATA_CASES for path in (DATA_CORPUS / name).glob("*.yaml")}
    # Not read by the build (only by `make linkcheck-external`): fuzzed by test_loaders_never_crash.
    data_files = {f"data/{p.name}" for p in (ROOT / "data").glob("*.yaml")} - {"data/unchecked-links.yaml"}
    assert data_files <= paths, f"no bad-input case for {sorted(data_files - paths)}"
    assert "mkdocs.yml" in paths and any(p.startswith("docs/") for p in paths)
