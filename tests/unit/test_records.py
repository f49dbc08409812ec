"""The one rule that turns a data record into a typed record (factbase/data/records.py), and the
defaults that a schema declares (factbase/data/schema.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

from factbase.data.insurers import Insurer
from factbase.data.records import SourcedNote, yaml_record
from factbase.data.schema import defaults_of
from factbase.data.sources import read_sources
from factbase.text.localized import Localized
from tests.conftest import fixture_data


@yaml_record
@dataclass(frozen=True)
class Part:
    name: str
    label: Localized | None


@yaml_record
@dataclass(frozen=True)
class Whole:
    title: Localized
    start: str | None = field(metadata={"key": "from"})
    parts: tuple[Part, ...]
    tags: tuple[str, ...]
    note: SourcedNote | None
    shown: bool
    line: int | None
    order: tuple[str, ...] = ("a", "b")


def test_each_kind_of_field_is_read_by_its_type():
    whole = Whole.from_yaml({
        "title": {"fr": "Titre", "en": "Title"}, "from": "2024-02",
        "parts": [{"name": "x", "label": "même texte"}, {"name": "y"}],
        "note": {"text": {"fr": "Note", "en": "Note"}, "sources": ["s1"], "conflict": "C-02"},
        "shown": True}, line=7)
    assert whole.title == Localized.from_data({"fr": "Titre", "en": "Title"})
    assert whole.start == "2024-02"  # read from its own key, `from`
    assert whole.parts == (Part("x", Localized.from_data("même texte")), Part("y", None))
    assert whole.tags == ()  # an absent list
    assert whole.note == SourcedNote(Localized.from_data("Note"), ("s1",), "C-02")
    assert (whole.shown, whole.line, whole.order) == (True, 7, ("a", "b"))


def test_absent_fields_are_none_false_or_empty_and_given_values_win():
    whole = Whole.from_yaml({"title": "Titre", "parts": []}, line=None, order=("c",))
    assert (whole.start, whole.note, whole.shown, whole.tags, whole.order) == (None, None, False, (), ("c",))


def test_a_schema_default_fills_what_a_source_leaves_out(tmp_path):
    schema = {"$defs": {"item": {"properties": {
        "checked": {"$ref": "#/$defs/flag"}, "kept": {"type": "boolean", "default": False}, "name": {}}},
        "flag": {"type": "boolean", "default": True}}}
    assert defaults_of(schema, "$defs", "item") == {"checked": True, "kept": False}
    assert defaults_of({}, "$defs", "item") == {}
    # data/sources.schema.json: url_checked defaults to true, and only the schema says so.
    folder = fixture_data(tmp_path / "data")
    assert "url_checked" not in (folder / "sources.yaml").read_text(encoding="utf-8")
    sources, _, problems = read_sources(folder)
    assert not problems and sources and all(source.url_checked for source in sources.values())


def test_an_insurer_reads_its_operator_links_dates_from_and_until():
    insurer = Insurer.from_yaml({
        "slug": "x", "name": "X", "last_checked": "2026-11-25",
        "operators": [{"operator": "viamedis", "basis": "reported", "from": "2020", "until": "2024",
                       "sources": ["a"]}],
        "notes": [{"text": "Une note", "sources": ["b"]}]}, line=3)
    [link] = insurer.operators
    assert (link.start, link.end, link.sources, link.basis_note) == ("2020", "2024", ("a",), None)
    assert insurer.notes == (SourcedNote(Localized.from_data("Une note"), ("b",)),)
    assert (insurer.description, insurer.notification, insurer.aliases, insurer.line) == (None, None, (), 3)
