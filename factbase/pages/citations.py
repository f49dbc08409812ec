"""Citations in page text: [@source-id] or [@id-one; @id-two].

Each citation becomes one compact marker (its notes' numbers, "2, 4–6") that links to the note of
its first source; the page's notes sit in one collapsed "Sources (N)" block at its end, and each
gives the source and links to its entry on the Sources page. page-links.js shows a marker's sources in
place when it is tapped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import jinja2

from factbase.data.problems import Problem
from factbase.data.sources import Source

CITATION = re.compile(r"\[@([a-z0-9][a-z0-9-]*(?:\s*;\s*@[a-z0-9][a-z0-9-]*)*)\]")
# With the spaces between it and the word before, which become one non-breaking space: a marker never
# starts a line alone. Not the indentation of a line, which is Markdown's structure.
_SPACED_CITATION = re.compile(r"(?:(?<=\S)([ \t]+))?" + CITATION.pattern)
# The opening or closing line of a fenced code block (the page rules and `make fmt` read it too).
FENCE = re.compile(r"^\s*(```|~~~)")
PAGE_SOURCES_ANCHOR = "page-sources"


@dataclass(frozen=True)
class CitationUse:
    line: int
    ids: tuple[str, ...]


def _ids(group: str) -> tuple[str, ...]:
    return tuple(part.strip().lstrip("@") for part in group.split(";"))


def _outside_code(markdown: str) -> Iterable[tuple[int, str]]:
    fenced = False
    for number, line in enumerate(markdown.splitlines(), start=1):
        if FENCE.match(line):
            fenced = not fenced
            continue
        if not fenced:
            yield number, line


def find_citations(markdown: str) -> list[CitationUse]:
    return [CitationUse(number, _ids(match.group(1)))
            for number, line in _outside_code(markdown)
            for match in CITATION.finditer(line)]


def citation_problems(display_path: str, markdown: str, known: Mapping[str, Source]) -> list[Problem]:
    problems = []
    for use in find_citations(markdown):
        for source_id in use.ids:
            if source_id not in known:
                problems.append(Problem(
                    display_path, f"unknown source id {source_id!r} in [@{source_id}]",
                    "fix the id, or add the source to data/sources.yaml (ids are those of the fact base)",
                    line=use.line))
    return problems


def number_ranges(numbers: Iterable[int]) -> str:
    """[4, 2, 5, 6] -> '2, 4–6': a marker's note numbers, sorted, runs of three or more joined."""
    ordered = sorted(set(numbers))
    runs: list[list[int]] = []
    for number in ordered:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    parts = []
    for run in runs:
        parts += [f"{run[0]}\u2013{run[-1]}"] if len(run) > 2 else [str(number) for number in run]
    return ", ".join(parts)


def render_citations(markdown: str, *, sources: Mapping[str, Source], language: str,
                     sources_page_href: str, env: jinja2.Environment, cache: dict | None = None) -> str:
    """Replace citations with markers and append the page's Sources block (HTML, which Markdown
    passes through and HTML that skips Markdown takes as it is). ``cache``, kept for one build
    language, reuses the markers and note lists that many generated pages share."""
    macros = env.get_template("citations.html").module
    memo = cache if cache is not None else {}
    order: list[str] = []

    def marker(match: re.Match) -> str:
        ids = _ids(match.group(2))
        for source_id in ids:
            if source_id not in order:
                order.append(source_id)
        numbered = tuple((order.index(i) + 1, i) for i in dict.fromkeys(ids))
        key = ("marker", language, numbered)
        if key not in memo:
            memo[key] = str(macros.marker(
                [source_id for _, source_id in numbered], number_ranges(n for n, _ in numbered),
                [sources[source_id].publisher.get(language) for _, source_id in numbered], language))
        return ("\u00a0" if match.group(1) else "") + memo[key]

    lines = markdown.splitlines()
    for number, line in _outside_code(markdown):
        lines[number - 1] = _SPACED_CITATION.sub(marker, line)
    if not order:
        return markdown
    key = ("notes", language, sources_page_href, tuple(order))
    if key not in memo:
        memo[key] = str(macros.notes([(n, sources[i]) for n, i in enumerate(order, start=1)], language,
                                     sources_page_href, PAGE_SOURCES_ANCHOR))
    return "\n".join(lines).rstrip() + f"\n\n{memo[key]}\n"
