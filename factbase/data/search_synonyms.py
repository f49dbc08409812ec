"""The words that people type and a page does not use (data/search.yaml), as records: each page's
search synonyms in each language. factbase.publish.search_index adds them to the search indexes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factbase.data.datafile import read_data_file
from factbase.data.problems import Problem
from factbase.text.lang import LANGUAGES


@dataclass(frozen=True)
class Synonyms:
    page: str  # docs/<page>.<language>.md
    words: tuple[tuple[str, tuple[str, ...]], ...]  # (language, words)
    line: int | None

    def words_in(self, language: str) -> tuple[str, ...]:
        return dict(self.words)[language]


def read_synonyms(data_dir: Path, display_dir: str = "data",
                  docs_dir: Path | None = None) -> tuple[tuple[Synonyms, ...] | None, list[Problem]]:
    """data/search.yaml as records, and its problems; ``docs_dir``, when given, is where each page
    must exist in every language."""
    document, problems = read_data_file(data_dir, "search", display_dir, record_key="page")
    if document is None:
        return None, problems
    valid = not problems
    records, seen = [], set()
    raw = document.data.get("synonyms") if isinstance(document.data, dict) else None
    for index, record in enumerate(raw if isinstance(raw, list) else []):
        page = record.get("page") if isinstance(record, dict) else None
        if not isinstance(page, str):
            continue  # reported by the schema
        line = document.line_of(("synonyms", index, "page"))
        if page in seen:
            problems.append(Problem(document.display_path, f"page {page!r} has two records",
                                    "give each page one record, with all its words", line=line,
                                    record=page, field="page"))
        seen.add(page)
        # Checked even when the schema refuses the file, so that one run reports every problem.
        for language in LANGUAGES if docs_dir is not None else ():
            if not (docs_dir / f"{page}.{language}.md").is_file():
                problems.append(Problem(document.display_path, f"no page docs/{page}.{language}.md",
                                        "name a page of docs/: its file name without language or extension",
                                        line=line, record=page, field="page"))
        if valid:
            records.append(Synonyms(page, tuple((language, tuple(record["words"][language]))
                                                for language in LANGUAGES), line))
    return (None if problems else tuple(records)), problems
