"""The sources that the site cites (data/sources.yaml), as typed records."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factbase.data.datafile import read_data_file
from factbase.data.problems import DataError, Problem
from factbase.data.records import yaml_record
from factbase.data.schema import defaults_of, load_schema
from factbase.data.yamlfile import YamlDocument
from factbase.text.localized import Localized

# A source in sources.schema.json; its reliabilities, from the most to the least reliable.
SOURCE = ("$defs", "source")
RELIABILITY_ENUM = (*SOURCE, "properties", "reliability")


@yaml_record
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
    defaults = defaults_of(load_schema(data_dir / "sources.schema.json"), *SOURCE)
    sources, problems = _records(document, defaults)
    return (None if problems else sources), document, problems


def _records(document: YamlDocument, defaults: dict) -> tuple[dict[str, Source], list[Problem]]:
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
        sources[record["id"]] = Source.from_yaml({**defaults, **record}, line=line)
    return sources, problems
