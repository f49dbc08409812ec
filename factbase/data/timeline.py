"""The timeline of the incident (data/timeline.yaml), as typed records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from factbase.data.datafile import read_data_file
from factbase.data.problems import Problem
from factbase.data.records import SourcedNote, yaml_record
from factbase.data.yamlfile import YamlDocument
from factbase.text.localized import Localized


@yaml_record
@dataclass(frozen=True)
class Event:
    id: str
    date: str
    precision: str
    title: Localized
    text: Localized
    sources: tuple[str, ...]
    note: SourcedNote | None
    line: int | None

    @property
    def sort_key(self) -> tuple[str, str]:
        """Chronological order: a month-only date sorts before that month's days, "late January"
        after them."""
        if self.precision == "late-month":
            return (f"{self.date}-99", self.id)
        return (self.date if len(self.date) > 7 else f"{self.date}-00", self.id)

    def source_ids(self) -> Iterator[str]:
        yield from self.sources
        if self.note:
            yield from self.note.sources


def read_timeline(data_dir: Path, display_dir: str = "data") -> tuple[
        tuple[Event, ...] | None, YamlDocument | None, list[Problem]]:
    document, problems = read_data_file(data_dir, "timeline", display_dir)
    if document is None:
        return None, None, problems
    problems += dated_id_problems(document, "events")
    if problems:
        return None, document, problems
    events = tuple(Event.from_yaml(record, line=document.line_of(("events", index)))
                   for index, record in enumerate(document.data["events"]))
    return tuple(sorted(events, key=lambda event: event.sort_key)), document, problems


def dated_id_problems(document: YamlDocument, key: str) -> list[Problem]:
    """Duplicate ids, and ids that do not start with their record's date (shared with updates)."""
    problems: list[Problem] = []
    seen: dict[str, int | None] = {}
    records = document.data.get(key) if isinstance(document.data, dict) else None
    for index, record in enumerate(records if isinstance(records, list) else []):
        if not isinstance(record, dict) or not isinstance(record.get("id"), str):
            continue
        record_id, line = record["id"], document.line_of((key, index, "id"))
        if record_id in seen:
            problems.append(Problem(
                document.display_path, f"duplicate id {record_id!r} (first at line {seen[record_id]})",
                "give each entry its own id: it is a published anchor", line=line, record=record_id, field="id"))
            continue
        seen[record_id] = line
        date = record.get("date")
        # An impossible date is reported by the schema; the id is compared with real dates only.
        if isinstance(date, str) and _real_date(date) and not record_id.startswith(f"{date}-"):
            problems.append(Problem(
                document.display_path, f"the id {record_id!r} does not start with the date {date!r}",
                f"start the id with {date}- (an id never changes once published: fix the date or the id "
                "before it is published)", line=line, record=record_id, field="id"))
    return problems


def _real_date(value: str) -> bool:
    try:
        parts = [int(part) for part in value.split("-")]
        dt.date(parts[0], *[*parts[1:], 1, 1][:2])
    except (ValueError, TypeError, IndexError):
        return False
    return True
