"""Jinja environment for the HTML that the site generates from data (autoescaped)."""

from __future__ import annotations

from pathlib import Path

import jinja2

from factbase.localized import format_date, label


def fragment_environment(templates_dir: Path) -> jinja2.Environment:
    """Templates live in overrides/fragments/; every value from data is escaped."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.globals.update(label=label, format_date=format_date)
    return env
