"""MkDocs adapter: the rules every page keeps, its review date, and what differs per language."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from factbase.identity import site_identity
from factbase.lang import build_language
from factbase.localized import label
from factbase.page_rules import (
    insurer_names,
    load_pages,
    page_problems,
    reviewed_note,
    strip_no_citation_markers,
)
from factbase.problems import DataError, raise_if_any
from factbase.site import state_of

# Hooks


@event_priority(-160)  # after hooks/sources.py (-150) has attached this language's build state
def on_config(config):
    language = build_language(config)
    # The toc extension's permalink title is one string for the whole build; set it per language.
    config.mdx_configs.setdefault("toc", {})["permalink_title"] = label(language, "permalink_title")
    try:
        state_of(config).identity = site_identity(config.extra)
    except DataError as error:
        raise PluginError(str(error)) from None


def on_files(files, *, config):
    # Read from disk, not from `files`: each language build holds only its own pages, and parity
    # needs both. on_files runs after on_pre_build, so generated pages are checked too.
    root = Path(config.config_file_path).parent
    try:
        raise_if_any(page_problems(load_pages(Path(config.docs_dir), root), insurer_names(root / "data")))
    except DataError as error:
        raise PluginError(str(error)) from None
    return files


def on_page_markdown(markdown, *, page, config, files):
    return strip_no_citation_markers(markdown)


def on_page_context(context, *, page, config, nav):
    context["page_reviewed"] = reviewed_note(page.meta, build_language(config))
    return context
