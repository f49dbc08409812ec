"""Freshness: the front matter has ``reviewed: YYYY-MM-DD``, a real date, which the page footer shows."""

from __future__ import annotations

import datetime as dt
import re

from factbase.data.problems import Problem
from factbase.pages.markdown_page import MarkdownPage
from factbase.text.localized import format_date, label

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def reviewed_date(front_matter: dict) -> dt.date | None:
    """The page's `reviewed:` date, or None when it is missing or not a real date."""
    value = front_matter.get("reviewed")
    if isinstance(value, dt.datetime):
        return None
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and ISO_DATE.match(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def reviewed_note(front_matter: dict, language: str) -> dict[str, str] | None:
    """What the page footer shows: "Page revue le 25 novembre 2026", with the ISO date for <time>."""
    day = reviewed_date(front_matter)
    if day is None:
        return None
    return {"label": label(language, "reviewed_on"), "iso": day.isoformat(),
            "text": format_date(day.isoformat(), language)}


def freshness_problems(page: MarkdownPage) -> list[Problem]:
    if "reviewed" not in page.front_matter:
        return [Problem(page.path, "no `reviewed:` date in the front matter",
                        "add `reviewed: YYYY-MM-DD` (the day the page was last checked against its "
                        "sources) between the --- lines at the top", line=1)]
    if reviewed_date(page.front_matter) is None:
        value = page.front_matter["reviewed"]
        return [Problem(page.path, f"reviewed: {value!s} is not a real date in the form YYYY-MM-DD",
                        "write a real calendar date, e.g. reviewed: 2026-11-25",
                        line=page.front_matter_line("reviewed"))]
    return []

