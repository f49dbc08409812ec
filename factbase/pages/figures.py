"""Figures in a page's text: what the sourcing rule asks a citation for, and what twins must share.

Numbers are compared after removing thousands separators, so ``15 000`` = ``15,000`` and ``2,5`` =
``2.5``; times too, so ``15 h 30`` = ``15:30``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Figures: 15 000 / 15,000 / 15 452 549 (groups of three), 2,5 / 2.5, 15 h 30 / 15:30, plain digits.
TIME = re.compile(r"(?<![\d:])(\d{1,2})(?:\s?h\s?(\d{2})?\b|:(\d{2})\b)")
# A number stands alone (not inside a name such as BL2C); an ordinal suffix (1er, 1st) is allowed.
NUMBER = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[ \u00a0\u202f,]\d{3})+|\d+(?:[.,]\d+)?)(?:er|re|ème|e|st|nd|rd|th)?(?!\w)")


@dataclass(frozen=True)
class Figure:
    line: int
    value: str  # normalised, e.g. "15000"
    text: str  # as written, e.g. "15 000"


def figures(text: str, line: int = 0) -> list[Figure]:
    found = []
    for match in TIME.finditer(text):
        minutes = match.group(2) or match.group(3) or "00"
        found.append(Figure(line, f"{int(match.group(1))}:{minutes}", match.group(0).strip()))
    text = TIME.sub(" ", text)
    for match in NUMBER.finditer(text):
        written = match.group(1)
        if re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f,]\d{3})+", written):
            value = re.sub(r"[ \u00a0\u202f,]", "", written)
        else:
            value = written.replace(",", ".")
        found.append(Figure(line, value, written))
    return found
