"""The generated list on the Sources page: every source, and which pages cite it."""

from __future__ import annotations

from collections.abc import Mapping

import jinja2

from factbase.data.sources import Source
from factbase.render.model import SitePage
from factbase.text.urls import relative_url


def render_sources_list(sources: Mapping[str, Source], usage: Mapping[str, list[SitePage]], *,
                        reliability_order: tuple[str, ...], language: str, page_url: str,
                        env: jinja2.Environment) -> str:
    """The sources grouped by reliability, in the schema's order (Dataset.reliability_order)."""
    groups = []
    for reliability in reliability_order:
        members = sorted((s for s in sources.values() if s.reliability == reliability),
                         key=lambda s: (s.date or "9999", s.id))
        if members:
            entries = [(source, [{"title": citing.page.title, "href": relative_url(citing.url, page_url)}
                                 for citing in usage.get(source.id, [])]) for source in members]
            groups.append((reliability, entries))
    return env.get_template("sources.html").render(groups=groups, language=language)
