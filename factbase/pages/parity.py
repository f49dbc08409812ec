"""Parity: twins have the same headings (level and explicit anchor, in order). Section by section
(sections are keyed by anchor), they have the same set of citation ids, the same internal links and
the same figures (factbase.pages.figures)."""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass

from factbase.data.problems import Problem
from factbase.pages.figures import Figure, figures
from factbase.pages.markdown_page import HEADING, MarkdownPage, citation_ids, heading_parts, internal_links, prose


@dataclass
class _Section:
    anchor: str
    line: int
    citations: dict[str, int]
    links: list[tuple[str, int]]
    figures: list[Figure]


def _sections(page: MarkdownPage) -> dict[str, _Section]:
    sections = {"": _Section("", 1, {}, [], [])}
    current = sections[""]
    for block in page.blocks:
        heading = HEADING.match(block.lines[0][1]) if block.kind == "heading" else None
        if heading and len(heading.group(1)) > 1:
            # A heading without an anchor (or with a repeated one) still closes the section before
            # it; its own section matches nothing in the twin, so its content is not compared.
            _, anchor = heading_parts(heading.group(2))
            key = anchor if anchor and anchor not in sections else f"line {block.line}"
            current = sections[key] = _Section(key, block.line, {}, [], [])
        for number, text in block.lines:
            current.figures += figures(prose(text), number)
            for source_id in citation_ids(text):
                current.citations.setdefault(source_id, number)
            current.links += [(link.target, link.line) for link in internal_links(text, number)]
    return sections


def parity_problems(reference: MarkdownPage, twin: MarkdownPage) -> list[Problem]:
    problems = _heading_problems(reference, twin)
    ours, theirs = _sections(reference), _sections(twin)
    for anchor in ours.keys() & theirs.keys():
        a, b = ours[anchor], theirs[anchor]
        where = f"section #{anchor}" if anchor else "the top of the page"
        for source_id in sorted(a.citations.keys() - b.citations.keys()):
            problems.append(_missing(reference, twin, a.citations[source_id], f"citation [@{source_id}]", where, b))
        for source_id in sorted(b.citations.keys() - a.citations.keys()):
            problems.append(_missing(twin, reference, b.citations[source_id], f"citation [@{source_id}]", where, a))
        problems += _counted(reference, twin, where, a, b, [(t, n, t) for t, n in a.links],
                             [(t, n, t) for t, n in b.links], "link to")
        problems += _counted(reference, twin, where, a, b, [(f.value, f.line, f.text) for f in a.figures],
                             [(f.value, f.line, f.text) for f in b.figures], "figure")
    return problems


def _missing(page: MarkdownPage, other: MarkdownPage, line: int, what: str, where: str,
             other_section: _Section) -> Problem:
    return Problem(page.path, f"{what} is not in {where} of {other.path} (line {other_section.line})",
                   "give both languages the same citations, links and figures, or correct the one that is wrong",
                   line=line)


def _counted(reference, twin, where, a, b, ours, theirs, what) -> list[Problem]:
    count_a, count_b = Counter(v for v, _, _ in ours), Counter(v for v, _, _ in theirs)
    problems = []
    for value in sorted(count_a.keys() | count_b.keys()):
        if count_a[value] == count_b[value]:
            continue
        more, fewer, items, section = ((reference, twin, ours, b) if count_a[value] > count_b[value]
                                       else (twin, reference, theirs, a))
        occurrences = [(line, text) for v, line, text in items if v == value]
        line, text = occurrences[min(count_a[value], count_b[value])]
        if min(count_a[value], count_b[value]) == 0:
            problems.append(_missing(more, fewer, line, f"{what} {text!r}", where, section))
        else:
            problems.append(Problem(
                more.path, f"{what} {text!r} appears {max(count_a[value], count_b[value])} times in {where} "
                f"here and {min(count_a[value], count_b[value])} in {fewer.path} (line {section.line})",
                "give both languages the same citations, links and figures, or correct the one that is wrong",
                line=line))
    return problems


def _heading_problems(reference: MarkdownPage, twin: MarkdownPage) -> list[Problem]:
    a = [(h.level, h.anchor) for h in reference.headings]
    b = [(h.level, h.anchor) for h in twin.headings]
    problems = []

    def shown(heading) -> str:
        anchor = f" {{#{heading.anchor}}}" if heading.anchor else ""
        return f"{'#' * heading.level} {heading.text}{anchor}"

    fix = "give both languages the same headings, at the same level, with the same {#id}, in the same order"
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            continue
        for i in range(a1, a2):
            h = reference.headings[i]
            counterpart = twin.headings[b1 + i - a1] if op == "replace" and b1 + i - a1 < b2 else None
            detail = (f"{twin.path} has {shown(counterpart)!r} at line {counterpart.line}" if counterpart
                      else f"it is missing from {twin.path}")
            problems.append(Problem(reference.path, f"heading {shown(h)!r} differs: {detail}", fix, line=h.line))
        for j in range(b1, b2):
            if op == "replace" and j - b1 < a2 - a1:
                continue  # reported above, from the reference side
            h = twin.headings[j]
            problems.append(Problem(twin.path, f"heading {shown(h)!r} is not in {reference.path}", fix, line=h.line))
    return problems
