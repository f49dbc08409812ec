"""MkDocs adapter: load and check the site's inputs once per build (factbase.render.site), then render
citations and generated blocks into each page."""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from factbase.data import DataError
from factbase.pages import render_citations, replace_markers
from factbase.render import attach, block_renderers, build_of, data_dir, language_build, previous_build
from factbase.text import build_language, relative_url, url_prefix

# Hooks


@event_priority(-150)  # after static-i18n's on_config (-100) has set the build language
def on_config(config):
    root = Path(config.config_file_path).parent
    try:
        attach(config, language_build(root, build_language(config), previous_build(config), data_folder=data_dir(root),
                                      docs_dir=Path(config.docs_dir), extra=config.extra,
                                      site_url=config.site_url or ""))
    except DataError as error:
        raise PluginError(str(error)) from None


def on_page_markdown(markdown, *, page, config, files):
    build = build_of(config)
    try:
        markdown = replace_markers(markdown, block_renderers(build, page.url, page.meta))
    except DataError as error:
        raise PluginError(str(error)) from None
    sources_href = relative_url(url_prefix(build.language) + "sources/", page.url)
    return render_citations(markdown, sources=build.sources, language=build.language,
                            sources_page_href=sources_href, env=build.env)
