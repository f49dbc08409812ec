from pathlib import Path

import pytest

from factbase.data.problems import DataError
from factbase.data.sources import load_sources
from tests.conftest import ROOT

VALID = """\
sources:
  - id: cnil-2024-02-07
    publisher: CNIL
    title: Violation de données
    date: "2024-02-07"
    url: https://www.cnil.fr/
    language: fr
    reliability: official
  - id: seed-000
    publisher: {fr: Non nommé, en: Not named}
    title: Un vol massif
    title_descriptive: true
    date: null
    date_note: {fr: après le 9 février 2024, en: after 9 February 2024}
    url: null
    language: fr
    reliability: press
    seed_file: 000_a041ec510470a5fc.txt
"""


def data_dir(tmp_path: Path, text: str) -> Path:
    (tmp_path / "sources.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "sources.schema.json").write_text(
        (ROOT / "data" / "sources.schema.json").read_text(encoding="utf-8"), encoding="utf-8")
    return tmp_path


def test_valid_sources_become_typed_records(tmp_path):
    sources = load_sources(data_dir(tmp_path, VALID))
    assert list(sources) == ["cnil-2024-02-07", "seed-000"]
    assert sources["cnil-2024-02-07"].publisher.get("en") == "CNIL"
    assert sources["seed-000"].publisher.get("en") == "Not named"
    assert sources["seed-000"].date is None and sources["seed-000"].url is None
    assert sources["cnil-2024-02-07"].line == 2


def test_every_problem_is_reported_at_once_with_line_record_and_field(tmp_path):
    broken = (VALID.replace("    language: fr\n    reliability: official\n",
                            "    reliability: gossip\n    colour: red\n")
                   .replace('date: "2024-02-07"', "date: 2024-02-31")
                   .replace("    title: Un vol massif\n", ""))
    with pytest.raises(DataError) as caught:
        load_sources(data_dir(tmp_path, broken))
    report = str(caught.value)
    assert report.startswith("5 problems in the site's inputs:")
    assert "data/sources.yaml:5 (record cnil-2024-02-07, field date): '2024-02-31' is not a real date" in report
    assert "(record cnil-2024-02-07, field language): missing field: 'language'" in report
    assert "(record cnil-2024-02-07, field reliability): 'gossip' is not allowed here" in report
    assert "data/sources.yaml:8 (record cnil-2024-02-07, field colour): unknown field 'colour'" in report
    assert "(record seed-000, field title): missing field: 'title'" in report


def test_duplicate_ids(tmp_path):
    text = VALID + VALID.split("sources:\n", 1)[1].split("  - id: seed-000")[0]
    with pytest.raises(DataError, match=r"sources.yaml:19 \(record cnil-2024-02-07, field id\): duplicate source id"):
        load_sources(data_dir(tmp_path, text))


def test_the_real_sources_file_loads():
    assert load_sources(ROOT / "data")


def test_a_date_too_large_for_the_calendar_is_a_problem_not_a_crash(tmp_path):
    # Found by tests/unit/test_loaders_never_crash.py: the date check raised OverflowError.
    text = VALID.replace('date: "2024-02-07"', 'date: "3000000000-01"')
    with pytest.raises(DataError, match="'3000000000-01' is not a real date"):
        load_sources(data_dir(tmp_path, text))
