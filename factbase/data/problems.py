"""Problems found in the site's inputs, collected so that every one is reported at once."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong in an input file, with where it is and what to do about it."""

    file: str
    message: str
    hint: str = ""
    line: int | None = None
    record: str | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        what = []
        if self.record:
            what.append(f"record {self.record}")
        if self.field:
            what.append(f"field {self.field}")
        context = f" ({', '.join(what)})" if what else ""
        text = f"{where}{context}: {self.message}"
        return f"{text}\n    fix: {self.hint}" if self.hint else text


class DataError(Exception):
    """Raised once with every problem found, never one at a time."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems, key=lambda p: (p.file, p.line or 0, p.message))
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} in the site's inputs:"
        return "\n".join([head, *(f"  - {problem}" for problem in self.problems)])


def raise_if_any(problems: list[Problem]) -> None:
    if problems:
        raise DataError(problems)
