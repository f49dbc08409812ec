"""French typography, the one copy of the rule: a non-breaking space (U+00A0, or U+202F) and never a
plain space before ``: ; ! ?`` and inside ``« »``; no straight ``"`` quotes.

``french_typography_flaws`` checks one line of French text as a reader sees it. The page rules call
it on each line of a ``*.fr.md`` page (factbase.pages.french_typography) and the data checks on each
French text field of a record (factbase.data.french_text); each reports the flaws at its own file
and line. ``french_spacing`` applies the same rule: the labels and the data are typeset with it
(factbase.text.localized), and `make fmt` fixes the pages with it (factbase.tools.mdfmt), leaving
alone the parts of a line that are not prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NBSP = "\u00a0"

_SPACE_BEFORE = re.compile(r" +([:;!?])")
_AFTER_OPEN = re.compile(r"«(?![\u00a0\u202f])")
_BEFORE_CLOSE = re.compile(r"(?<![\u00a0\u202f])»")


@dataclass(frozen=True)
class Flaw:
    """One typographic mistake in a text: what is wrong (with an excerpt) and how to fix it."""

    message: str
    hint: str


def french_typography_flaws(text: str) -> list[Flaw]:
    """Every flaw of ``text``, in the order the rule lists them (spaces, guillemets, quotes)."""
    flaws = []
    for match in _SPACE_BEFORE.finditer(text):
        flaws.append(Flaw(f"plain space before {match.group(1)!r} in {_excerpt(text, match.start())!r}",
                          f"type a non-breaking space (U+00A0) before {match.group(1)!r}"))
    for pattern, where in ((_AFTER_OPEN, "after «"), (_BEFORE_CLOSE, "before »")):
        for match in pattern.finditer(text):
            flaws.append(Flaw(f"no non-breaking space {where} in {_excerpt(text, match.start())!r}",
                              f"type a non-breaking space (U+00A0) {where}"))
    if '"' in text:
        flaws.append(Flaw(f"straight quotes in French text: {_excerpt(text, text.index(chr(34)))!r}",
                          "write « guillemets » with non-breaking spaces inside"))
    return flaws


def _excerpt(text: str, at: int) -> str:
    start, end = max(0, at - 20), min(len(text), at + 20)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


# The fixes, in order: plain spaces before : ; ! ? », a » glued to the word before it, and « followed
# by plain spaces or glued to the word after it. In a Markdown line, spaces that open the line are
# its indentation (`    :   a definition`), never fixed; in a text (a label " : "), they are.
_SPACE_BEFORE_FIX = {False: re.compile(r" +(?=[:;!?»])"), True: re.compile(r"(?<=\S) +(?=[:;!?»])")}
_GUILLEMET_FIXES = ((re.compile(r"(?<=[^\s\u00a0\u202f])»"), NBSP + "»"),
                    (re.compile(r"«(?: +|(?=[^\s\u00a0\u202f]))"), "«" + NBSP))


def french_spacing(text: str, protected: re.Pattern | None = None, markdown: bool = False) -> str:
    """``text`` with the rule's non-breaking spaces, except inside the matches of ``protected``;
    ``markdown``: ``text`` is a line of a Markdown page."""
    for pattern, replacement in ((_SPACE_BEFORE_FIX[markdown], NBSP), *_GUILLEMET_FIXES):
        spans = [match.span() for match in protected.finditer(text)] if protected else []

        def replace(match: re.Match, replacement: str = replacement, spans: list = spans) -> str:
            inside = any(start < match.end() and match.start() < end for start, end in spans)
            return match.group(0) if inside else replacement

        text = pattern.sub(replace, text)
    return text
