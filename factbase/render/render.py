"""Jinja environment for the HTML that the site generates from data (autoescaped)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import jinja2
from markupsafe import Markup, escape

from factbase.text.localized import format_date, format_period, label, reading_aid


def template_cache(root: Path) -> jinja2.BytecodeCache:
    """Compiled templates kept on disk (.cache/jinja, gitignored) between builds. Compiling Material's
    templates and ours was a third of a French-only rebuild in `make serve`; entries are keyed by each
    template's source, so an edited template is compiled again."""
    folder = root / ".cache" / "jinja"
    folder.mkdir(parents=True, exist_ok=True)
    return jinja2.FileSystemBytecodeCache(str(folder))


def fragment_environment(templates_dir: Path, cache: jinja2.BytecodeCache | None = None) -> jinja2.Environment:
    """Templates live in overrides/fragments/; every value from data is escaped."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir),
        bytecode_cache=cache,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        finalize=_inert_citations,
    )
    env.globals.update(label=label, format_date=format_date, format_period=format_period, cite=cite,
                       reading_aid=reading_aid)
    return env


def cite(ids: Iterable[str]) -> Markup:
    """A citation for the page's source notes: [@one; @two] (see factbase.pages.citations)."""
    return Markup("[{}]").format(Markup("; ").join(Markup("@{}").format(source_id) for source_id in ids))


def _inert_citations(value: object) -> object:
    # Text from data must never become a citation: "[@" in a name or a title would otherwise be
    # turned into a source note (or fail the build) after the block is inserted into the page.
    if isinstance(value, str) and not isinstance(value, Markup) and "[@" in value:
        return Markup(str(escape(value)).replace("[@", "[&#64;"))
    return value


class RenderedOnce:
    """Parts of the page template that come out the same on many pages, kept after their first
    rendering. One per theme environment, i.e. per build and language (hooks/pages.py, on_env)."""

    def __init__(self) -> None:
        self._html: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        return self._html.get(key)

    def keep(self, key: str, html: str) -> str:
        self._html[key] = html
        return html
