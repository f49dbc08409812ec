"""`make new-insurer`, `make new-update`, `make new-event`: a record built from the schema, whose
placeholders the validator rejects until each one is filled in."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from factbase.data.dataset import load_dataset
from factbase.data.problems import DataError
from factbase.tools.fmt import schema_for
from factbase.tools.scaffold import ScaffoldError, placeholder, scaffold, slug_of
from factbase.tools.yamlfmt import format_yaml
from tests.conftest import ROOT

DAY = dt.date(2026, 11, 26)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return Path(shutil.copytree(ROOT / "data", tmp_path / "data"))


def problems(folder: Path) -> list:
    with pytest.raises(DataError) as error:
        load_dataset(folder, "data", docs_dir=ROOT / "docs")
    return error.value.problems


def test_slug_from_the_name():
    assert slug_of("La Mutuelle Générale") == "la-mutuelle-generale"
    assert slug_of("Mutuelle d'Ivry (MIP)") == "mutuelle-d-ivry-mip"
    assert slug_of("  AÉSIO  mutuelle ") == "aesio-mutuelle"


def test_placeholder_says_what_is_expected():
    assert placeholder({"enum": ["a", "b", "c"]}) == "TODO: a, b or c"
    assert placeholder({"description": "The name. Never changes."}) == "TODO: The name"


def test_new_insurer_is_sorted_in_canonical_form_and_rejected_until_filled(data):
    path, line, record = scaffold("insurer", data, name="Mutuelle d'Exemple", date=DAY)
    text = path.read_text(encoding="utf-8")
    assert text == format_yaml(text, schema_for(path))  # already as `make fmt` writes it
    assert text.splitlines()[line - 1] == "  - slug: mutuelle-d-exemple"
    assert record["name"] == "Mutuelle d'Exemple" and record["last_checked"] == "2026-11-26"
    found = {(p.record, p.field): p.message for p in problems(data)}
    assert set(found) == {("mutuelle-d-exemple", "operators.0.operator"), ("mutuelle-d-exemple", "operators.0.basis"),
                          ("mutuelle-d-exemple", "operators.0.sources.0")}
    assert found[("mutuelle-d-exemple", "operators.0.operator")] == (
        "still to fill in: 'TODO: viamedis, almerys, other, unknown or not-concerned'")
    # Filled in as CONTRIBUTING.md says, the record is valid.
    path.write_text(text.replace('"TODO: viamedis, almerys, other, unknown or not-concerned"', "viamedis")
                    .replace('"TODO: own-notice or reported"', "reported")
                    .replace("\"TODO: A source id of data/sources.yaml (the fact base's id)\"",
                             "rocamadour-2024-02-08"),
                    encoding="utf-8")
    dataset = load_dataset(data, "data", docs_dir=ROOT / "docs")
    assert dataset.insurers.listed_by_slug["mutuelle-d-exemple"].status == "affected"


def test_new_update_and_event_have_every_required_field_in_both_languages(data):
    _, _, update = scaffold("update", data, date=DAY)
    assert update["id"].startswith("2026-11-26-TODO") and update["date"] == "2026-11-26"
    assert set(update["title"]) == set(update["text"]) == {"fr", "en"}
    _, _, event = scaffold("event", data, date=dt.date(2024, 2, 3))
    assert set(event) == {"id", "date", "precision", "title", "text", "sources"}
    fields = {(p.file, p.field) for p in problems(data)}
    assert {("data/updates.yaml", f) for f in ("id", "kind", "title.fr", "title.en", "text.fr", "text.en")} <= fields
    assert ("data/timeline.yaml", "sources.0") in fields


def test_an_existing_slug_is_refused(data):
    before = (data / "insurers.yaml").read_text(encoding="utf-8")
    with pytest.raises(ScaffoldError, match="already has a record slug: alan"):
        scaffold("insurer", data, name="Alan", date=DAY)
    with pytest.raises(ScaffoldError, match="give the insurer's name"):
        scaffold("insurer", data, name=" ", date=DAY)
    assert (data / "insurers.yaml").read_text(encoding="utf-8") == before


def test_make_targets(tmp_path):
    """The Makefile passes NAME and DATE through, quotes and apostrophes included."""
    data = Path(shutil.copytree(ROOT / "data", tmp_path / "data"))
    run = subprocess.run(["make", "-s", "-C", str(ROOT), "new-insurer", "NAME=L'Assurance \"Test\"",
                          f"SCAFFOLD_ARGS=--data-dir {data}"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "added insurer 'l-assurance-test'" in run.stdout
    run = subprocess.run(["make", "-s", "-C", str(ROOT), "new-update", "DATE=2026-02-30",
                          f"SCAFFOLD_ARGS=--data-dir {data}"], capture_output=True, text=True)
    assert run.returncode != 0 and "DATE=2026-02-30 is not a real date" in run.stderr
    run = subprocess.run(["make", "-s", "-C", str(ROOT), "new-insurer", f"SCAFFOLD_ARGS=--data-dir {data}"],
                         capture_output=True, text=True, env={k: v for k, v in os.environ.items() if k != "NAME"})
    assert run.returncode != 0
    assert 'give the insurer\'s name as its sources write it: make new-insurer NAME="..."' in run.stderr
    records = yaml.safe_load((data / "insurers.yaml").read_text(encoding="utf-8"))["insurers"]
    assert any(record["name"] == "L'Assurance \"Test\"" for record in records)
