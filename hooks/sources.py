"""MkDocs adapter: load data/, check citations and generated blocks, render them into pages."""

from __future__ import annotations

from pathlib import Path

# hooks/ is imported by file path; the pure modules live in the repository root's `factbase`.
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from factbase.data import DataError, raise_if_any
from factbase.pages import PageText, render_citations, replace_markers
from factbase.render import (
    attach,
    block_names,
    block_renderers,
    check_pages,
    data_dir,
    load_state,
    previous_state,
    state_of,
)
from factbase.text import build_language, relative_url, url_prefix

# Hooks


@event_priority(-150)  # after static-i18n's on_config (-100) has set the build language
def on_config(config):
    root = Path(config.config_file_path).parent
    try:
        attach(config, load_state(root, build_language(config), data_dir(root), previous_state(config)))
        state_of(config).site_url = config.site_url or ""
    except (DataError, LookupError) as error:
        raise PluginError(str(error)) from None


def on_nav(nav, *, config, files):
    state = state_of(config)
    pages = [PageText(_display_path(file, state.root), file.url, file.content_string)
             for file in files.documentation_pages()]
    try:
        raise_if_any(check_pages(state, pages, block_names(state)))
    except DataError as error:
        raise PluginError(str(error)) from None


def on_page_markdown(markdown, *, page, config, files):
    state = state_of(config)
    try:
        markdown = replace_markers(markdown, block_renderers(state, page.url, page.meta))
    except DataError as error:
        raise PluginError(str(error)) from None
    sources_href = relative_url(url_prefix(state.language) + "sources/", page.url)
    return render_citations(markdown, sources=state.sources, language=state.language,
                            sources_page_href=sources_href, env=state.env)


# Helpers


def _display_path(file, root: Path) -> str:
    path = Path(file.abs_src_path)
    return str(path.relative_to(root)) if path.is_relative_to(root) else str(path)
