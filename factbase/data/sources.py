"""The sources that the site cites (data/sources.yaml), as typed records."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factbase.data.datafile import read_data_file
from factbase.data.problems import DataError, Problem
from factbase.data.yamlfile import YamlDocument
from factbase.text.localized import Localized

# Where sources.schema.json lists the reliabilities, from the most to the least reliable.
RELIABILITY_ENUM = ("$defs", "source", "properties", "reliability")


@dataclass(frozen=True)
class Source:
    id: str
    publisher: Localized
    title: str
    title_descriptive: bool
    date: str | None
    date_approximate: bool
    date_note: Localized | None
    url: str | None
    url_note: Localized | None
    url_checked: bool
    language: str
    reliability: str
    reliability_note: Localized | None
    seed_file: str | None
    line: int | None

    @classmethod
    def from_yaml(cls, record: dict, line: int | None) -> Source:
        return cls(
            id=record["id"],
            publisher=Localized.from_data(record["publisher"]),
            title=record["title"],
            title_descriptive=record.get("title_descriptive", False),
            date=record["date"],
            date_approximate=record.get("date_approximate", False),
            date_note=Localized.field_of(record, "date_note"),
            url=record["url"],
            url_note=Localized.field_of(record, "url_note"),
            url_checked=record.get("url_checked", True),
            language=record["language"],
            reliability=record["reliability"],
            reliability_note=Localized.field_of(record, "reliability_note"),
            seed_file=record.get("seed_file"),
            line=line,
        )


def load_sources(data_dir: Path, display_dir: str = "data") -> dict[str, Source]:
    """Load and validate data/sources.yaml; raise DataError listing every problem."""
    sources, _, problems = read_sources(data_dir, display_dir)
    if problems or sources is None:
        raise DataError(problems)
    return sources


def read_sources(data_dir: Path, display_dir: str = "data") -> tuple[
        dict[str, Source] | None, YamlDocument | None, list[Problem]]:
    """The sources, the parsed document and every problem of the file; the sources are None
    when it has any problem."""
    document, problems = read_data_file(data_dir, "sources", display_dir)
    if document is None or problems:
        return None, document, problems
    sources, problems = _records(document)
    return (None if problems else sources), document, problems


def _records(document: YamlDocument) -> tuple[dict[str, Source], list[Problem]]:
    sources: dict[str, Source] = {}
    problems: list[Problem] = []
    for index, record in enumerate(document.data["sources"]):
        line = document.line_of(("sources", index))
        if record["id"] in sources:
            first = sources[record["id"]].line
            problems.append(Problem(
                document.display_path, f"duplicate source id {record['id']!r} (first at line {first})",
                "give each source its own id, or merge the two records",
                line=line, record=record["id"], field="id"))
            continue
        sources[record["id"]] = Source.from_yaml(record, line)
    return sources, problems
