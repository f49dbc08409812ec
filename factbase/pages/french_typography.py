"""French typography (``*.fr.md``): a non-breaking space (U+00A0, or U+202F) and never a plain space
before ``: ; ! ?`` and inside ``« »``; no straight ``"`` quotes in the text."""

from __future__ import annotations

import re

from factbase.data.problems import Problem
from factbase.pages.markdown_page import TABLE_DELIMITER, MarkdownPage, prose

_SPACE_BEFORE = re.compile(r" +([:;!?])")
_AFTER_OPEN = re.compile(r"«(?![\u00a0\u202f])")
_BEFORE_CLOSE = re.compile(r"(?<![\u00a0\u202f])»")


def typography_problems(page: MarkdownPage) -> list[Problem]:
    lines = [(number, prose(line)) for number, line in page.body if not TABLE_DELIMITER.match(line)]
    for key in ("title", "description"):
        if isinstance(page.front_matter.get(key), str):
            lines.append((page.front_matter_line(key) or 1, page.front_matter[key]))
    problems = []
    for number, text in lines:
        for match in _SPACE_BEFORE.finditer(text):
            problems.append(Problem(
                page.path, f"plain space before {match.group(1)!r} in {_excerpt(text, match.start())!r}",
                f"type a non-breaking space (U+00A0) before {match.group(1)!r}", line=number))
        for pattern, where in ((_AFTER_OPEN, "after «"), (_BEFORE_CLOSE, "before »")):
            for match in pattern.finditer(text):
                problems.append(Problem(
                    page.path, f"no non-breaking space {where} in {_excerpt(text, match.start())!r}",
                    f"type a non-breaking space (U+00A0) {where}", line=number))
        if '"' in text:
            problems.append(Problem(
                page.path, f"straight quotes in French text: {_excerpt(text, text.index(chr(34)))!r}",
                "write « guillemets » with non-breaking spaces inside", line=number))
    return problems


def _excerpt(text: str, at: int) -> str:
    start, end = max(0, at - 20), min(len(text), at + 20)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")

