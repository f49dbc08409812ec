"""The blocks that pages request with [[generated:NAME]], and how each one is rendered."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from factbase.data.identity import render_identity_block
from factbase.data.official_actions import render_official_actions
from factbase.data.problems import DataError, Problem
from factbase.pages.citations import render_citations
from factbase.render.data_pages import (
    render_downloads,
    render_insurer_page,
    render_insurer_table,
    render_timeline,
    render_updates,
)
from factbase.render.letter import render_gdpr_letter
from factbase.render.lookup import LOOKUP_FILE, render_lookup
from factbase.render.sheet import render_site_address
from factbase.render.site import BuildState
from factbase.render.sources_page import render_sources_list
from factbase.text.lang import url_prefix
from factbase.text.urls import relative_url, site_page_url

# The data file that each block is rendered from: the page's "edit the data" link points at it.
DATA_FILE_OF_BLOCK = {
    "insurer-table": "data/insurers.yaml",
    "insurer-lookup": "data/insurers.yaml",
    "insurer": "data/insurers.yaml",
    "timeline": "data/timeline.yaml",
    "updates": "data/updates.yaml",
    "sources": "data/sources.yaml",
    "official-actions": "data/official-actions.yaml",
}


def block_renderers(state: BuildState, page_url: str,
                    page_meta: Mapping[str, Any] | None = None) -> dict[str, Callable[[], str]]:
    data, language, env = state.dataset, state.language, state.env
    return {
        "sources": lambda: render_sources_list(
            state.sources, state.citation_usage, reliability_order=data.reliability_order, language=language,
            page_url=page_url, env=env),
        "insurer-table": lambda: render_insurer_table(data.insurers, language=language, page_url=page_url, env=env),
        "insurer": lambda: _insurer_page(state, page_url, page_meta or {}),
        "timeline": lambda: render_timeline(data.timeline, language=language, env=env),
        "updates": lambda: render_updates(data.updates, language=language, page_url=page_url, env=env,
                                          page_titles=_titles(state, data.updates)),
        "downloads": lambda: render_downloads(language=language, page_url=page_url, env=env),
        **{name: _identity_renderer(state, name) for name in ("publisher", "host", "contact")},
        "gdpr-letter": lambda: render_gdpr_letter(
            language=language, env=env, names_src=relative_url(url_prefix(language) + LOOKUP_FILE, page_url)),
        "site-address": lambda: render_site_address(
            state.site_url, language=state.language, page_url=page_url, env=state.env),
        "insurer-lookup": lambda: render_lookup(
            language=language, page_url=page_url, env=env,
            help_url=site_page_url(HELP_PAGE, language) + "#" + HELP_ANCHOR),
        # The "Official action" section of the journalists' page (data/official-actions.yaml).
        "official-actions": lambda: render_official_actions(
            data.official_actions, language=language, page_url=page_url, env=env),
    }


# Where the lookup's "not in our list" answer sends readers who can help complete the data.
HELP_PAGE, HELP_ANCHOR = "a-propos", "proposer-une-correction"


def _identity_renderer(state: BuildState, name: str) -> Callable[[], str]:
    return lambda: render_identity_block(name, state.identity, language=state.language, env=state.env)


def block_names(state: BuildState) -> set[str]:
    return set(block_renderers(state, ""))


# An insurer page is all generated HTML: it is inserted after Markdown (hooks/data.py,
# on_page_content) in place of this paragraph, so that Markdown never parses it. That keeps the
# page cheap to build (thousands of them) and data text out of Markdown's reach.
DEFERRED_TOKEN = "vm-deferred-generated-html"


def insert_deferred(state: BuildState, page_url: str, html: str) -> str | None:
    """The page's HTML with its deferred block in place; None when the placeholder is missing."""
    block = state.deferred_html.pop(page_url, None)
    if block is None:
        return html
    placeholder = f"<p>{DEFERRED_TOKEN}</p>"
    return html.replace(placeholder, block, 1) if placeholder in html else None


def _insurer_page(state: BuildState, page_url: str, meta: Mapping[str, Any]) -> str:
    insurers = state.dataset.insurers
    record = insurers.by_slug.get(meta.get("insurer", ""))
    if record is None:
        raise DataError([Problem(page_url, f"[[generated:insurer]] needs `insurer: <slug>` of data/insurers.yaml "
                                           f"in the page's front matter (found {meta.get('insurer')!r})",
                                 "this block is only for the generated pages in docs/assureurs/")])
    html = render_insurer_page(record, listed=insurers.listed_by_slug, sources=state.sources,
                               language=state.language, page_url=page_url, env=state.env)
    state.deferred_html[page_url] = render_citations(
        html, sources=state.sources, language=state.language, env=state.env,
        cache=state.render_cache,
        sources_page_href=relative_url(url_prefix(state.language) + "sources/", page_url))
    return DEFERRED_TOKEN


def _titles(state: BuildState, updates) -> dict[str, str]:
    urls = {site_page_url(name, state.language) for update in updates for name in update.pages}
    return {url: title for url in urls if (title := state.page_title(url))}
