"""The log of changes to the site's facts (data/updates.yaml), as typed records."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factbase.data.datafile import read_data_file
from factbase.data.problems import Problem
from factbase.data.records import yaml_record
from factbase.data.timeline import dated_id_problems
from factbase.data.yamlfile import YamlDocument
from factbase.text.localized import Localized


@yaml_record
@dataclass(frozen=True)
class Update:
    id: str
    date: str
    kind: str
    title: Localized
    text: Localized
    pages: tuple[str, ...]
    line: int | None


def read_updates(data_dir: Path, display_dir: str = "data", docs_dir: Path | None = None) -> tuple[
        tuple[Update, ...] | None, YamlDocument | None, list[Problem]]:
    """The updates, newest first, and every problem of the file. ``docs_dir``, when given, is
    where the pages that entries name must exist."""
    document, problems = read_data_file(data_dir, "updates", display_dir)
    if document is None:
        return None, None, problems
    problems += dated_id_problems(document, "updates")
    if docs_dir is not None:
        problems += _page_problems(document, docs_dir)
    if problems:
        return None, document, problems
    updates = tuple(Update.from_yaml(record, line=document.line_of(("updates", index)))
                    for index, record in enumerate(document.data["updates"]))
    return tuple(sorted(updates, key=lambda u: (u.date, u.id), reverse=True)), document, problems


def _page_problems(document: YamlDocument, docs_dir: Path) -> list[Problem]:
    problems = []
    records = document.data.get("updates") if isinstance(document.data, dict) else None
    for index, record in enumerate(records if isinstance(records, list) else []):
        pages = record.get("pages") if isinstance(record, dict) else None
        for position, page in enumerate(pages if isinstance(pages, list) else []):
            if isinstance(page, str) and not (docs_dir / f"{page}.fr.md").is_file():
                problems.append(Problem(
                    document.display_path, f"no page docs/{page}.fr.md for {page!r}",
                    "name a page by its file name without language and extension, e.g. chronologie",
                    line=document.line_of(("updates", index, "pages", position)),
                    record=record.get("id"), field=f"pages.{position}"))
    return problems
