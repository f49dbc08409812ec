"""Generated content requested by a page with one visible marker line: [[generated:NAME]].

A marker that no renderer replaces stops the build, so a page never ships with a hole in it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from collections.abc import Set as AbstractSet

from factbase.data.problems import Problem

MARKER = re.compile(r"^\[\[generated:([a-z0-9-]+)\]\][ \t]*$", re.MULTILINE)


def marker_names(markdown: str) -> list[str]:
    return MARKER.findall(markdown)


def marker_problems(display_path: str, markdown: str, known: AbstractSet[str]) -> list[Problem]:
    problems = []
    for match in MARKER.finditer(markdown):
        if match.group(1) not in known:
            problems.append(Problem(
                display_path, f"unknown generated block [[generated:{match.group(1)}]]",
                f"use one of: {', '.join(sorted(known))}",
                line=markdown.count("\n", 0, match.start()) + 1))
    return problems


def replace_markers(markdown: str, renderers: Mapping[str, Callable[[], str]]) -> str:
    """Replace each known marker with its rendered block (Markdown or raw HTML)."""
    def render(match: re.Match) -> str:
        name = match.group(1)
        return renderers[name]() if name in renderers else match.group(0)

    return MARKER.sub(render, markdown)
