"""The terms that explain themselves (data/terms.yaml), as records: each term's forms in each
language, its one-sentence explanation and its glossary anchor. factbase.render.terms finds them in
a page's HTML; factbase.pages.glossary reads the glossary page's anchors that they point at.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from factbase.data.datafile import read_data_file
from factbase.data.problems import Problem
from factbase.text.lang import LANGUAGES
from factbase.text.localized import Localized

GLOSSARY_PAGE = "glossaire"


@dataclass(frozen=True)
class Term:
    id: str
    glossary: str | None  # the anchor of its glossary entry
    forms: tuple[tuple[str, tuple[str, ...]], ...]  # (language, forms)
    explanation: Localized
    line: int | None  # of its `glossary` field, or of the record without one

    def forms_in(self, language: str) -> tuple[str, ...]:
        return dict(self.forms)[language]


def read_terms(data_dir: Path, display_dir: str = "data") -> tuple[tuple[Term, ...] | None, list[Problem]]:
    """data/terms.yaml as records, and its problems (schema, ids and forms used twice); None for
    records that the schema refuses."""
    document, problems = read_data_file(data_dir, "terms", display_dir)
    if document is None or problems:
        return None, problems
    terms, seen_ids, seen_forms = [], set(), {}
    for index, record in enumerate(document.data["terms"]):
        line = document.line_of(("terms", index))
        if record["id"] in seen_ids:
            problems.append(Problem(document.display_path, f"term {record['id']!r} is listed twice",
                                    "keep one record per term", line=line, record=record["id"], field="id"))
        seen_ids.add(record["id"])
        for language in LANGUAGES:
            for number, form in enumerate(record["forms"][language]):
                key = (language, form.casefold())
                if key in seen_forms and seen_forms[key] != record["id"]:
                    problems.append(Problem(
                        document.display_path, f"{form!r} is a form of {seen_forms[key]!r} too",
                        "give each form to one term only", line=document.line_of(("terms", index, "forms", language,
                                                                                  number)),
                        record=record["id"], field=f"forms.{language}.{number}"))
                seen_forms[key] = record["id"]
        glossary_line = document.line_of(("terms", index, "glossary")) if "glossary" in record else line
        terms.append(Term(record["id"], record.get("glossary"),
                          tuple((language, tuple(record["forms"][language])) for language in LANGUAGES),
                          Localized.from_data(record["explanation"]), glossary_line))
    return tuple(terms), problems  # with their problems too, so that the glossary check still runs


def glossary_problems(terms: Sequence[Term], glossary_anchors: dict[str, set[str]],
                      display: str = "data/terms.yaml") -> list[Problem]:
    """Each term's glossary anchor must be a heading of the glossary page in every language."""
    problems = []
    for term in terms:
        for language in LANGUAGES:
            if term.glossary and language in glossary_anchors and term.glossary not in glossary_anchors[language]:
                problems.append(Problem(
                    display, f"#{term.glossary} is not a heading of docs/{GLOSSARY_PAGE}.{language}.md",
                    "give the {#anchor} of the term's glossary entry, or leave `glossary` out while it has none",
                    line=term.line, record=term.id, field="glossary"))
    return problems
