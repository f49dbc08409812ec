"""Loading and checking data/: typed records from valid files, and one report with every problem
for broken ones. The broken inputs are a corpus under tests/fixtures/bad-data/<case>/: each case
holds the file(s) that replace the valid fixture's, and expected.txt, the exact report.
Regenerate the reports after a deliberate wording change with UPDATE_GOLDEN=1."""

from __future__ import annotations

import os
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest

from factbase.data.dataset import load_dataset
from factbase.data.insurers import fold
from factbase.data.problems import DataError
from tests.conftest import FIXTURES, ROOT, fixture_data

CASES = sorted(path.name for path in (FIXTURES / "bad-data").iterdir() if path.is_dir())


def data_folder(tmp_path: Path, overrides: Path | None = None) -> Path:
    return fixture_data(tmp_path / "data", *([overrides] if overrides else []))


def load(folder: Path):
    return load_dataset(folder, "data", docs_dir=ROOT / "docs")


def test_valid_data_becomes_typed_frozen_records(tmp_path):
    data = load(data_folder(tmp_path))
    insurers = {insurer.slug: insurer for insurer in data.insurers.listed}
    assert list(insurers) == ["assureur-avis", "assureur-inconnu", "assureur-non-concerne", "mutuelle-double"]
    first = insurers["assureur-avis"]
    assert first.operator_keys == ("viamedis", "other") and first.status == "affected"
    assert (first.operators[0].end, first.operators[1].start, first.operators[1].operator_name) == (
        "2023-12-31", "2024-01-01", "Actil")
    assert first.notification.channels == ("email", "post") and first.own_notice == "amae-2024-02"
    assert first.description.get("en") == "broker" and first.line == 4
    assert insurers["assureur-inconnu"].status == "unknown" and insurers["assureur-inconnu"].only_reported
    assert insurers["assureur-non-concerne"].status == "not-concerned"
    assert insurers["mutuelle-double"].operator_keys == ("viamedis", "almerys")
    [removed] = data.insurers.removed
    assert removed.see_also == "assureur-avis" and data.insurers.by_slug["ancien-assureur"] is removed
    with pytest.raises(FrozenInstanceError):
        first.name = "Autre"


def test_timeline_is_in_date_order_with_late_month_after_its_days(tmp_path):
    events = load(data_folder(tmp_path)).timeline
    assert [event.id for event in events] == ["2024-01-29-premier", "2024-01-fin-janvier", "2024-02-12-au-plus-tard"]
    assert events[0].note.conflict == "C-01" and events[0].note.sources == ("cnil-2024-02-07", "amae-2024-02")


def test_updates_are_newest_first(tmp_path):
    updates = load(data_folder(tmp_path)).updates
    assert [update.id for update in updates] == ["2026-11-25-correction", "2026-11-20-lancement"]
    assert updates[0].pages == ("chronologie", "suis-je-concerne")


def test_cited_source_ids_cover_every_field_that_cites(tmp_path):
    cited = load(data_folder(tmp_path)).cited_source_ids()
    assert cited == {"amae-2024-02", "mutami-2024-03-08", "connexionfrance-2024-02", "mhv-2024",
                     "rocamadour-2024-02-08", "cnil-2024-02-07",
                     "francetvinfo-2024-02-07", "bfmtv-2024-02-07",  # an official action's outcome and note
                     "mieuxetre-2024-02"}  # lookup.yaml's answer to "I don't know"


def test_official_actions_are_dated_steps_in_date_order_then_what_was_not_found(tmp_path):
    data = load(data_folder(tmp_path)).official_actions
    assert [action.id for action in data.actions] == ["2024-02-07-enquete", "2024-03-rapport", "aucun-proces"]
    step, report, missing = data.actions
    assert (step.status, step.timeline, step.outcome_sources, step.note.sources) == (
        "no-public-outcome", "2024-01-29-premier", ("francetvinfo-2024-02-07",), ("bfmtv-2024-02-07",))
    assert report.outcome is None and report.authority.get("en") == "Autorité"
    assert missing.date is None and missing.authority is None and missing.text is None and not missing.sources
    assert data.scope.get("fr") == "dans les sources du test, jusqu'à début 2026"


def test_french_text_gets_non_breaking_spaces(tmp_path):
    updates = load(data_folder(tmp_path)).updates
    assert updates[0].text.get("fr") == "Une date était fausse\u00a0; elle est corrigée."
    assert updates[0].text.get("en") == "A date was wrong; it is corrected."


def test_french_typography_is_checked_in_the_data_at_its_line(tmp_path):
    folder = data_folder(tmp_path)
    path = folder / "insurers.yaml"
    text = path.read_text(encoding="utf-8")
    # A name is printed as written; a text gets its non-breaking spaces from the site (plain or missing
    # ones are right: « oui » is typeset), but a straight quote stays one.
    text = text.replace("name: Assureur Avis", 'name: Assureur "Avis"', 1)
    text = text.replace("fr: avis relayé", 'fr: avis relayé ; «oui» dit-il, "non"', 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as raised:
        load(folder)
    assert [str(problem).split("\n")[0] for problem in raised.value.problems] == [
        "data/insurers.yaml:5 (record assureur-avis, field name): straight quotes in French text: "
        "'Assureur \"Avis\"'",
        "data/insurers.yaml:16 (record assureur-avis, field operators.0.basis_note.fr): straight quotes in French "
        "text: '…é\\xa0; «\\xa0oui\\xa0» dit-il, \"non\"'",
    ]


def test_fold_ignores_case_accents_and_punctuation():
    assert fold("  Élan-Mutuelle (M.S.P.) ") == "elan mutuelle m s p"
    assert fold("VIASANTÉ") == fold("viasante")


@pytest.mark.parametrize("case", CASES)
def test_bad_input_gives_its_exact_report(tmp_path, case):
    folder = FIXTURES / "bad-data" / case
    with pytest.raises(DataError) as caught:
        load(data_folder(tmp_path, folder))
    report = str(caught.value) + "\n"
    expected = folder / "expected.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        expected.write_text(report, encoding="utf-8")
    assert report == expected.read_text(encoding="utf-8")


def test_the_corpus_covers_every_case_of_the_issue():
    reports = "".join((FIXTURES / "bad-data" / case / "expected.txt").read_text(encoding="utf-8") for case in CASES)
    for message in ("invalid YAML", "missing field", "unknown field", "has the wrong type", "is not a real date",
                    "'viamedix' is not allowed here", "unknown source id", "duplicate slug",
                    "is also the name or an alias of insurer", "missing translation: 'en'", "the file is empty",
                    "the file is not UTF-8"):
        assert message in reports, message


def test_the_real_data_loads():
    data = load_dataset(ROOT / "data", docs_dir=ROOT / "docs")
    assert len(data.insurers.listed) >= 32 and len(data.timeline) >= 14 and data.updates
