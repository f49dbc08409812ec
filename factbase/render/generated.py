"""The blocks that pages request with [[generated:NAME]], and how each one is rendered."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
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
from factbase.render.model import LanguageBuild
from factbase.render.sheet import render_site_address
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


# One renderer per block name: (the language build, the page's URL, its front matter) -> the block.
Renderer = Callable[[LanguageBuild, str, Mapping[str, Any]], str]


def _sources(build: LanguageBuild, page_url: str, meta: Mapping[str, Any]) -> str:
    return render_sources_list(build.sources, build.citation_usage, reliability_order=build.dataset.reliability_order,
                               language=build.language, page_url=page_url, env=build.env)


def _insurer_table(build: LanguageBuild, page_url: str, meta: Mapping[str, Any]) -> str:
    return render_insurer_table(build.dataset.insurers, language=build.language, page_url=page_url, env=build.env)


def _timeline(build: LanguageBuild, page_url: str, meta: Mapping[str, Any]) -> str:
    return render_timeline(build.dataset.timeline, language=build.language, env=build.env)


def _updates(build: LanguageBuild, page_url: str, meta: Mapping[str, Any]) -> str:
    return render_updates(build.dataset.updates, language=build.language, page_url=page_url, env=build.env,
                          page_titles=build.page_titles)


def _downloads(build: LanguageBuild, page_url: str, meta: Mapping[str, Any]) -> str:
    return render_downloads(language=build.language, page_url=page_url, env=build.env)


def _identity_block(name: str) -> Renderer:
    return lambda build, page_url, meta: render_identity_block(name, build.identity, language=build.language,
                                                                env=build.env)


def _gdpr_letter(build: LanguageBuild, page_url: str, meta: Mapping[str, Any]) -> str:
    names_src = relative_url(url_prefix(build.language) + LOOKUP_FILE, page_url)
    return render_gdpr_letter(language=build.language, env=build.env, names_src=names_src)


def _site_address(build: LanguageBuild, page_url: str, meta: Mapping[str, Any]) -> str:
    return render_site_address(build.model.site_url, language=build.language, page_url=page_url, env=build.env)


def _insurer_lookup(build: LanguageBuild, page_url: str, meta: Mapping[str, Any]) -> str:
    return render_lookup(language=build.language, page_url=page_url, env=build.env,
                         help_url=site_page_url(HELP_PAGE, build.language) + "#" + HELP_ANCHOR)


def _official_actions(build: LanguageBuild, page_url: str, meta: Mapping[str, Any]) -> str:
    """The "Official action" section of the journalists' page (data/official-actions.yaml)."""
    return render_official_actions(build.dataset.official_actions, language=build.language, page_url=page_url,
                                   env=build.env)


def _insurer_placeholder(build: LanguageBuild, page_url: str, meta: Mapping[str, Any]) -> str:
    _insurer_record(build, page_url, meta)  # a page without its record stops the build here, in Markdown
    return DEFERRED_TOKEN


BLOCK_RENDERERS: dict[str, Renderer] = {
    "sources": _sources,
    "insurer-table": _insurer_table,
    "insurer": _insurer_placeholder,
    "timeline": _timeline,
    "updates": _updates,
    "downloads": _downloads,
    **{name: _identity_block(name) for name in ("publisher", "host", "contact")},
    "gdpr-letter": _gdpr_letter,
    "site-address": _site_address,
    "insurer-lookup": _insurer_lookup,
    "official-actions": _official_actions,
}
BLOCK_NAMES = frozenset(BLOCK_RENDERERS)  # what [[generated:NAME]] may name


def block_renderers(build: LanguageBuild, page_url: str,
                    page_meta: Mapping[str, Any] | None = None) -> dict[str, Callable[[], str]]:
    """Each block's renderer for one page, called only for the markers that the page holds."""
    meta = page_meta or {}
    return {name: partial(render, build, page_url, meta) for name, render in BLOCK_RENDERERS.items()}


# Where the lookup's "not in our list" answer sends readers who can help complete the data.
HELP_PAGE, HELP_ANCHOR = "a-propos", "proposer-une-correction"


# An insurer page is all generated HTML: it is inserted after Markdown (hooks/data.py,
# on_page_content) in place of this paragraph, so that Markdown never parses it. That keeps the
# page cheap to build (thousands of them) and data text out of Markdown's reach.
DEFERRED_TOKEN = "vm-deferred-generated-html"


def insert_deferred(build: LanguageBuild, page_url: str, meta: Mapping[str, Any], html: str) -> str | None:
    """The HTML of an insurer page (front matter `insurer: <slug>`) with its generated block in place of
    the placeholder; other pages' HTML as it is; None when the placeholder is missing."""
    if not meta.get("insurer"):
        return html
    placeholder = f"<p>{DEFERRED_TOKEN}</p>"
    if placeholder not in html:
        return None
    record = _insurer_record(build, page_url, meta)
    block = render_insurer_page(record, listed=build.dataset.insurers.listed_by_slug, sources=build.sources,
                                language=build.language, page_url=page_url, env=build.env)
    block = render_citations(block, sources=build.sources, language=build.language, env=build.env,
                             cache=build.render_memo,
                             sources_page_href=relative_url(url_prefix(build.language) + "sources/", page_url))
    return html.replace(placeholder, block, 1)


def _insurer_record(build: LanguageBuild, page_url: str, meta: Mapping[str, Any]):
    record = build.dataset.insurers.by_slug.get(meta.get("insurer", ""))
    if record is None:
        raise DataError([Problem(page_url, f"[[generated:insurer]] needs `insurer: <slug>` of data/insurers.yaml "
                                           f"in the page's front matter (found {meta.get('insurer')!r})",
                                 "this block is only for the generated pages in docs/assureurs/")])
    return record
