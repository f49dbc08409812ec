"""data/lookup.yaml: the lookup's word lists, the operators' names and the "I don't know" answer,
loaded with the other data files, and the mistakes the build refuses: a word in two lists, a form
of two operators, an insurer named like an operator, or named by a group's name or by words the
lookup sets aside."""

from __future__ import annotations

from pathlib import Path

import pytest

from factbase.data.dataset import load_dataset
from factbase.data.problems import DataError
from tests.conftest import ROOT, fixture_data


def folder(tmp_path: Path, replace: dict[str, tuple[str, str]] | None = None) -> Path:
    data = fixture_data(tmp_path / "data")
    for name, (old, new) in (replace or {}).items():
        path = data / name
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} is not in the fixture's {name} any more"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return data


def problems(data: Path) -> str:
    with pytest.raises(DataError) as caught:
        load_dataset(data, "data", docs_dir=ROOT / "docs")
    return str(caught.value)


def test_the_real_file_loads_with_its_lists_operators_and_answer():
    terms = load_dataset(ROOT / "data", docs_dir=ROOT / "docs").lookup
    assert {"mutuelle", "sante", "prevoyance", "vie", "france"} <= set(terms.generic_words)
    assert "vyv" in terms.group_names and "de" in terms.stop_words
    viamedis = next(operator for operator in terms.operators if operator.operator == "viamedis")
    # Conflict C-14 of the fact base: the misspellings of the press.
    assert {"viamedis", "viademis", "viemadi", "viamedys"} <= set(viamedis.folded_forms)
    almerys = next(operator for operator in terms.operators if operator.operator == "almerys")
    assert {"almerys", "almeris"} <= set(almerys.folded_forms)
    assert "je ne sais pas" in terms.dont_know_phrases
    assert "carte de tiers payant" in terms.dont_know_text.get("fr")
    assert set(terms.source_ids()) <= set(load_dataset(ROOT / "data").sources)


def test_a_word_in_two_lists_is_refused(tmp_path):
    report = problems(folder(tmp_path, {"lookup.yaml": ("group_names:\n  - vyv\n", "group_names:\n  - sante\n")}))
    assert "data/lookup.yaml:12 (field group_names): 'sante' is in both generic_words and group_names" in report
    assert "fix: keep each word in one list only" in report


def test_a_form_of_two_operators_is_refused(tmp_path):
    report = problems(folder(tmp_path, {"lookup.yaml": ("      - Viamédis\n", "      - Almérys\n")}))
    assert "(record viamedis, field forms.0): 'Almérys' is also a form of operator 'almerys'" in report


@pytest.mark.parametrize(("name", "message"), [
    ("Viamédis", "'Viamédis' is the name of the operator 'viamedis' in data/lookup.yaml"),
    ("Mutuelle VYV", "'Mutuelle VYV' is a group name (group_names of data/lookup.yaml)"),
    ("De la", "'De la' holds only words that the lookup sets aside (stop_words of data/lookup.yaml)"),
])
def test_an_insurer_that_the_lookup_could_not_answer_for_is_refused(tmp_path, name, message):
    text = (ROOT / "tests" / "fixtures" / "data" / "insurers.yaml").read_text(encoding="utf-8")
    first_name = next(line for line in text.splitlines() if line.startswith("    name: "))
    report = problems(folder(tmp_path, {"insurers.yaml": (first_name, f"    name: {name}")}))
    assert message in report and "data/insurers.yaml:" in report
