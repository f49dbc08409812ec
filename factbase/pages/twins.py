"""Twins: every ``name.fr.md`` has a ``name.en.md`` and the reverse, in any folder."""

from __future__ import annotations

import re
from collections.abc import Sequence

from factbase.data.problems import Problem
from factbase.pages.markdown_page import MarkdownPage
from factbase.text.lang import DEFAULT_LANGUAGE, LANGUAGES


def _stem(page: MarkdownPage) -> str:
    return re.sub(r"\.[a-z]{2}\.md$", "", page.path)


def twin_problems(pages: Sequence[MarkdownPage]) -> list[Problem]:
    problems = []
    by_stem: dict[str, dict[str, MarkdownPage]] = {}
    for page in pages:
        if page.language not in LANGUAGES:
            problems.append(Problem(
                page.path, "a page file must be named name.<language>.md",
                f"rename it to {page.path.removesuffix('.md')}.{DEFAULT_LANGUAGE}.md and add its "
                f"translation{'s' if len(LANGUAGES) > 2 else ''} beside it"))
            continue
        by_stem.setdefault(_stem(page), {})[page.language] = page
    for stem, found in sorted(by_stem.items()):
        for language in LANGUAGES:
            if language not in found:
                present = next(iter(found.values()))
                problems.append(Problem(
                    present.path, f"no {language} twin: {stem}.{language}.md is missing",
                    f"add {stem}.{language}.md, translating this page (same headings, anchors, "
                    "citations, links and figures)"))
    return problems


def twins(pages: Sequence[MarkdownPage]) -> list[tuple[MarkdownPage, MarkdownPage]]:
    """(reference page, translation) for every pair that exists."""
    by_key = {(_stem(page), page.language): page for page in pages}
    return [(by_key[(stem, DEFAULT_LANGUAGE)], by_key[(stem, language)])
            for (stem, language) in sorted(by_key)
            if language != DEFAULT_LANGUAGE and (stem, DEFAULT_LANGUAGE) in by_key]

