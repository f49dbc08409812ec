"""French typography of ``*.fr.md`` pages: every line a reader sees (and the front matter's title and
description) keeps the rule of factbase.text.typography, reported at the page's line."""

from __future__ import annotations

from factbase.data.problems import Problem
from factbase.pages.markdown_page import TABLE_DELIMITER, MarkdownPage, prose
from factbase.text.typography import french_typography_flaws


def typography_problems(page: MarkdownPage) -> list[Problem]:
    lines = [(number, prose(line)) for number, line in page.body if not TABLE_DELIMITER.match(line)]
    for key in ("title", "description"):
        if isinstance(page.front_matter.get(key), str):
            lines.append((page.front_matter_line(key) or 1, page.front_matter[key]))
    return [Problem(page.path, flaw.message, flaw.hint, line=number)
            for number, text in lines for flaw in french_typography_flaws(text)]
