"""Anchors: every ``##`` and ``###`` heading ends with ``{#id}``: lowercase ASCII letters, digits and
hyphens, unique on the page. ``page-sources``, ``en-bref`` and ``cite-…`` are taken by the build."""

from __future__ import annotations

import re

from factbase.data.problems import Problem
from factbase.pages.markdown_page import MarkdownPage

ANCHOR_FORM = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Ids the build gives to elements of every page; a heading may not take them.
RESERVED_ANCHORS = {"page-sources": "the citation notes", "en-bref": "the En bref block"}
RESERVED_ANCHOR_PREFIXES = ("cite-",)


def anchor_problems(page: MarkdownPage) -> list[Problem]:
    problems = []
    seen: dict[str, int] = {}
    for heading in page.headings:
        shown = f"{'#' * heading.level} {heading.text}"
        if heading.anchor is None:
            if heading.level in (2, 3):
                problems.append(Problem(
                    page.path, f"heading {shown!r} has no explicit anchor",
                    "end the heading with {#an-id}: lowercase ASCII letters, digits and hyphens, "
                    "the same id in every language", line=heading.line))
            continue
        if not ANCHOR_FORM.match(heading.anchor):
            problems.append(Problem(
                page.path, f"anchor #{heading.anchor} of {shown!r} has the wrong form",
                "use lowercase ASCII letters, digits and hyphens only (e.g. {#que-faire})", line=heading.line))
        if heading.anchor in RESERVED_ANCHORS or heading.anchor.startswith(RESERVED_ANCHOR_PREFIXES):
            what = RESERVED_ANCHORS.get(heading.anchor, "the citation notes")
            problems.append(Problem(
                page.path, f"anchor #{heading.anchor} is reserved for {what}",
                "choose another id", line=heading.line))
        if heading.anchor in seen:
            problems.append(Problem(
                page.path, f"anchor #{heading.anchor} is used twice on this page (first at line "
                f"{seen[heading.anchor]})", "give each heading its own id", line=heading.line))
        seen.setdefault(heading.anchor, heading.line)
    return problems

