"""The rules every page keeps, checked on the Markdown files themselves, every problem at once: once
per build, on the pages that maintainers write (the generated insurer pages' text is checked in the
data it comes from).

One module per rule or family of rules, each with its own docstring:

- ``twins``: every ``name.fr.md`` has a ``name.en.md`` and the reverse;
- ``parity``: twins have the same headings, and per section the same citations, links and figures;
- ``anchors``: every ``##`` and ``###`` heading has an explicit ``{#id}``, unique on the page;
- ``freshness``: the front matter has ``reviewed: YYYY-MM-DD``, a real date;
- ``sourcing``: a block that states a fact (a figure, a date, a data class, an insurer-operator link)
  cites a source;
- ``shape_rules``: the "En bref" block first (contracts §1), and the fold level (contracts §2);
- ``french_typography`` (``*.fr.md``): non-breaking spaces before ``: ; ! ?`` and inside ``« »``, no
  straight quotes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from factbase.data.problems import Problem
from factbase.pages.anchors import anchor_problems
from factbase.pages.french_typography import typography_problems
from factbase.pages.freshness import freshness_problems
from factbase.pages.markdown_page import MarkdownPage
from factbase.pages.parity import parity_problems
from factbase.pages.shape_rules import fold_problems, in_short_problems
from factbase.pages.sourcing import names_pattern, sourcing_problems
from factbase.pages.twins import twin_problems, twins
from factbase.text.urls import INSURER_FOLDER

# Loading


def load_pages(docs_dir: Path, display_root: Path) -> list[MarkdownPage]:
    """The pages that maintainers write: every ``*.md`` of ``docs_dir`` except the generated folder of
    insurer pages, whose text comes from data/insurers.yaml and is checked there, at its line
    (factbase.data.french_text)."""
    generated = docs_dir / INSURER_FOLDER
    pages = []
    for path in sorted(docs_dir.rglob("*.md")):
        if path.is_relative_to(generated):
            continue
        shown = path.relative_to(display_root) if path.is_relative_to(display_root) else path
        pages.append(MarkdownPage(str(shown), path.read_text(encoding="utf-8")))
    return pages


# All rules


def page_problems(pages: Sequence[MarkdownPage], insurers: Iterable[str] = ()) -> list[Problem]:
    insurer_pattern = names_pattern(insurers)
    problems = twin_problems(pages)
    for page in pages:
        problems += anchor_problems(page)
        problems += freshness_problems(page)
        problems += in_short_problems(page)
        problems += fold_problems(page)
        problems += sourcing_problems(page, insurer_pattern)
        if page.language == "fr":
            problems += typography_problems(page)
    for reference, twin in twins(pages):
        problems += parity_problems(reference, twin)
    return problems

