"""What contributors read and use: CONTRIBUTING in both languages, with an annotated record for every
field of every data file; the issue forms and the pull-request template; the pre-commit hooks."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

from factbase.data.schema import resolve, schema_fields
from factbase.render.page_actions import REPORT_FORM, REPORT_PAGE_FIELD
from tests.conftest import ROOT

GUIDES = [ROOT / "CONTRIBUTING.md", ROOT / "CONTRIBUTING.en.md"]
FORMS = sorted((ROOT / ".github" / "ISSUE_TEMPLATE").glob("*.yml"))
FORMS = [form for form in FORMS if form.name != "config.yml"]
ANNOTATED = re.compile(r"<!-- annotated-record: ([\w-]+)/(\w+) -->\n+```yaml\n(.*?)```", re.DOTALL)
# Keys explained by the comment of the mapping that holds them.
SELF_EXPLAINED = {"fr", "en"}


def annotated_records(text: str) -> list[tuple[str, str, str]]:
    return ANNOTATED.findall(text)


def data_paths(value, prefix: str = "") -> set[str]:
    paths = set()
    if isinstance(value, dict):
        for key, item in value.items():
            path = f"{prefix}.{key}" if prefix else key
            paths |= {path} | data_paths(item, path)
    elif isinstance(value, list):
        for item in value:
            paths |= data_paths(item, prefix + "[]")
    return paths


@pytest.mark.parametrize("guide", GUIDES, ids=lambda path: path.name)
def test_every_schema_field_has_an_annotated_example(guide: Path):
    blocks = annotated_records(guide.read_text(encoding="utf-8"))
    assert {name for name, _, _ in blocks} == {"insurers", "timeline", "updates", "sources", "official-actions"}
    documented: dict[str, set[str]] = {}
    for name, list_key, block in blocks:
        schema = json.loads((ROOT / "data" / f"{name}.schema.json").read_text(encoding="utf-8"))
        data = yaml.safe_load(block)
        # The list, after the file's other top-level fields if it has any (official-actions: scope).
        assert list(data)[-1] == list_key, f"{name}: the block must end with the `{list_key}:` list"
        for key in list(data)[:-1]:
            field_schema = {"$defs": schema["$defs"], **resolve(schema["properties"][key], schema)}
            errors = [error.message for error in Draft202012Validator(field_schema).iter_errors(data[key])]
            assert not errors, f"{guide.name}: the annotated `{key}` is not valid: {errors}"
        record_schema = {"$defs": schema["$defs"], **resolve(schema["properties"][list_key]["items"], schema)}
        for record in data[list_key]:
            errors = [error.message for error in Draft202012Validator(record_schema).iter_errors(record)]
            assert not errors, f"{guide.name}: the annotated {list_key} record is not valid: {errors}"
        documented.setdefault(name, set()).update(data_paths(data))
    for name, paths in documented.items():
        schema = json.loads((ROOT / "data" / f"{name}.schema.json").read_text(encoding="utf-8"))
        missing = [field.path for field in schema_fields(schema) if field.path not in paths]
        assert not missing, f"{guide.name} does not show these fields of data/{name}.yaml: {missing}"


@pytest.mark.parametrize("guide", GUIDES, ids=lambda path: path.name)
def test_every_field_of_the_annotated_records_is_explained(guide: Path):
    for _, _, block in annotated_records(guide.read_text(encoding="utf-8")):
        lines = block.splitlines()
        for number, line in enumerate(lines):
            key = re.match(r"^\s*(?:- )?([a-z_]+):", line)
            if not key or key.group(1) in SELF_EXPLAINED or number == 0:
                continue
            seen_before = any(re.match(rf"^\s*(?:- )?{key.group(1)}:.*#", other) for other in lines[:number])
            assert "#" in line or seen_before, f"{guide.name}: explain `{key.group(1)}` in {line.strip()!r}"


def test_both_guides_have_the_same_sections_and_commands():
    french, english = (guide.read_text(encoding="utf-8") for guide in GUIDES)
    assert len(re.findall(r"^## ", french, re.MULTILINE)) == len(re.findall(r"^## ", english, re.MULTILINE))
    commands = re.compile(r"`make ([a-z-]+)")
    assert set(commands.findall(french)) == set(commands.findall(english))
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for command in set(commands.findall(french)):
        assert re.search(rf"^{command}:", makefile, re.MULTILINE), f"no target for `make {command}`"
    for guide in GUIDES:
        prose = re.sub(r"```.*?```|`[^`]*`", "", guide.read_text(encoding="utf-8"), flags=re.DOTALL)
        for link in re.findall(r"\]\(([^)#]+)", prose):
            assert (ROOT / link).exists(), f"{guide.name} links to {link}, which does not exist"


@pytest.mark.parametrize("form", FORMS, ids=lambda path: path.name)
def test_issue_forms_follow_githubs_syntax(form: Path):
    data = yaml.safe_load(form.read_text(encoding="utf-8"))
    assert {"name", "description", "body"} <= set(data) and data["name"] and data["description"]
    ids = []
    for element in data["body"]:
        assert element["type"] in {"markdown", "input", "textarea", "dropdown", "checkboxes"}
        attributes = element["attributes"]
        if element["type"] == "markdown":
            assert attributes["value"].strip()
            continue
        assert re.fullmatch(r"[a-zA-Z0-9_-]+", element["id"]) and attributes["label"].strip()
        ids.append(element["id"])
        if element["type"] in ("dropdown", "checkboxes"):
            assert attributes["options"]
        assert isinstance(element.get("validations", {}).get("required", False), bool)
    assert len(ids) == len(set(ids)), f"{form.name}: two fields share an id"
    labels = [element["attributes"]["label"] for element in data["body"] if element["type"] != "markdown"]
    assert len(labels) == len(set(labels)), f"{form.name}: two fields share a label"


def required_fields(form: str) -> set[str]:
    data = yaml.safe_load((ROOT / ".github" / "ISSUE_TEMPLATE" / form).read_text(encoding="utf-8"))
    return {element["id"] for element in data["body"]
            if element["type"] != "markdown" and element.get("validations", {}).get("required")}


def test_report_form_requires_the_source_and_receives_the_page_address():
    assert {form.name for form in FORMS} == {"signaler-une-erreur.yml", "ajouter-un-assureur.yml", "traduction.yml"}
    assert {REPORT_PAGE_FIELD, "source-url", "source-date"} <= required_fields(REPORT_FORM)
    assert {"name", "operator", "source-url", "source-date"} <= required_fields("ajouter-un-assureur.yml")
    assert {"page", "proposal"} <= required_fields("traduction.yml")


def test_pull_request_template_checklist():
    text = (ROOT / ".github" / "pull_request_template.md").read_text(encoding="utf-8")
    items = re.findall(r"^- \[ \] (.*(?:\n {6}.*)*)", text, re.MULTILINE)
    joined = " ".join(" ".join(item.split()) for item in items)
    for needle in ("source, avec sa date", "deux langues", "make test", "captures d'écran",
                   "source, with its date", "Both languages", "screenshots"):
        assert needle in joined


def test_pre_commit_runs_the_commands_of_make_lint_without_fetching_anything():
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    assert [repo["repo"] for repo in config["repos"]] == ["local"]
    hooks = config["repos"][0]["hooks"]
    assert all(hook["language"] == "system" for hook in hooks)
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    lint = re.search(r"^lint:.*\n((?:\t.*\n)+)", makefile, re.MULTILINE).group(1)
    # Each check of the recipe runs as "...; COMMAND || status=1" (all run, then the status is returned).
    lint_commands = [command.strip().replace("$(BIN)/", ".venv/bin/").replace("$(PY)", ".venv/bin/python")
                     for command in re.findall(r"; ([^;]*?) \|\| status=1", lint)]
    for hook in hooks:
        assert any(command.startswith(hook["entry"]) for command in lint_commands), hook["id"]
    assert len(hooks) == len(lint_commands)
