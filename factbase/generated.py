"""The blocks that pages request with [[generated:NAME]], and how each one is rendered."""

from __future__ import annotations

from collections.abc import Callable

from factbase.identity import render_identity_block
from factbase.site import BuildState
from factbase.sources_page import render_sources_list


def block_renderers(state: BuildState, page_url: str) -> dict[str, Callable[[], str]]:
    return {
        "sources": lambda: render_sources_list(
            state.sources, state.citation_usage, language=state.language, page_url=page_url, env=state.env),
        **{name: _identity_renderer(state, name) for name in ("publisher", "host", "contact")},
    }


def _identity_renderer(state: BuildState, name: str) -> Callable[[], str]:
    return lambda: render_identity_block(name, state.identity, language=state.language, env=state.env)


def block_names(state: BuildState) -> set[str]:
    return set(block_renderers(state, ""))
