"""French typography, the one copy of the rule: a non-breaking space (U+00A0, or U+202F) and never a
plain space before ``: ; ! ?`` and inside ``« »``; no straight ``"`` quotes.

``french_typography_flaws`` checks one line of French text as a reader sees it. The page rules call
it on each line of a ``*.fr.md`` page (factbase.pages.french_typography) and the data checks on each
French text field of a record (factbase.data.french_text); each reports the flaws at its own file
and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
