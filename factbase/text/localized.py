"""Text that exists in every site language, and the per-language labels of the interface (labels/*.yaml)."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

import yaml

from factbase.text.lang import LANGUAGES
from factbase.text.typography import french_spacing


@dataclass(frozen=True)
class Localized:
    """One text per site language. A plain string in the data means the same text in all."""

    values: tuple[tuple[str, str], ...]

    @classmethod
    def from_data(cls, value: str | dict[str, str]) -> Localized:
        if isinstance(value, str):
            return cls(tuple((lang, value) for lang in LANGUAGES))
        return cls(tuple((lang, value[lang]) for lang in LANGUAGES))

    def get(self, language: str) -> str:
        for key, text in self.values:
            if key == language:
                return typeset(text, language)
        raise KeyError(language)


MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}

# The interface's words: one file per language in labels/, each with the same keys (tests/unit/test_labels.py).
LABEL_FOLDER = Path(__file__).with_name("labels")


# Read once per process. No module state may be built from data/ (the site's facts, read again in each
# build), but these files are not data: they ship inside the package and change only with the code, like
# a template or this module. As for this module, `mkdocs serve` shows an edit after a restart.
@functools.cache
def _label_file(language: str) -> dict[str, dict[str, str]]:
    return yaml.safe_load((LABEL_FOLDER / f"{language}.yaml").read_text(encoding="utf-8"))


def label_table(language: str) -> Mapping[str, str]:
    """Every label of ``language``, as its file writes it (before typesetting): for checks that read them all."""
    return MappingProxyType(_label_file(language)["labels"])


def reading_aid_table(language: str) -> Mapping[str, str]:
    """The reading aid of the French letter in ``language``, as its file writes it; empty for French."""
    return MappingProxyType(_label_file(language).get("reading_aid", {}))


def reading_aid(language: str, key: str) -> str:
    """What a paragraph of the French letter says, in ``language`` (not needed for French)."""
    return _label_file(language)["reading_aid"][key]


@functools.cache  # labels are constants; pages ask for the same few thousands of times
def label(language: str, key: str) -> str:
    return typeset(_label_file(language)["labels"][key], language)


# Labels and data get here the French spacing that the page rules require of the pages.
TYPESETTERS = {"fr": french_spacing}


def typeset(text: str, language: str) -> str:
    """Text as it is printed in ``language`` (its typographic conventions applied)."""
    setter = TYPESETTERS.get(language)
    return setter(text) if setter else text


def format_date(value: str | None, language: str, approximate: bool = False) -> str:
    """'2024-02-07' -> '7 février 2024' / '7 February 2024'; '2024-02' -> 'février 2024'."""
    if not value:
        return label(language, "undated")
    parts = [int(part) for part in value.split("-")]
    if len(parts) == 1:
        text = str(parts[0])
    elif len(parts) == 2:
        text = f"{MONTHS[language][parts[1] - 1]} {parts[0]}"
    else:
        day = dt.date(*parts)
        number = "1er" if language == "fr" and day.day == 1 else str(day.day)
        text = f"{number} {MONTHS[language][day.month - 1]} {day.year}"
    if approximate:
        prefix = label(language, "around" if len(parts) == 3 else "around_month")
        text = f"{prefix} {text}"
    return text


def format_period(start: str | None, end: str | None, language: str) -> str:
    """'jusqu'au 31 décembre 2023', 'depuis 2023', 'du ... au ...'; '' when neither is known."""
    def day(value: str) -> bool:
        return len(value) == 10

    if start and end:
        return label(language, "period.from_to").format(start=format_date(start, language),
                                                        end=format_date(end, language))
    if start:
        key = "period.since_day" if day(start) else "period.since"
        return label(language, key).format(start=format_date(start, language))
    if end:
        key = "period.until_day" if day(end) else "period.until"
        return label(language, key).format(end=format_date(end, language))
    return ""


def format_event_date(value: str, precision: str, language: str) -> str:
    """A timeline date as precise as its sources: '29 janvier 2024', 'fin janvier 2024'."""
    text = format_date(value, language)
    if precision in ("late-month", "on-or-before"):
        return label(language, f"precision.{precision}").format(date=text)
    return text
