"""MkDocs adapter: the rules every page keeps, its review date, and what differs per language."""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from factbase.data import DataError, site_identity
from factbase.pages import (
    PageText,
    citation_problems,
    insurer_names,
    load_pages,
    marker_names,
    page_problems,
    reviewed_note,
    strip_no_citation_markers,
)
from factbase.render import DATA_FILE_OF_BLOCK, RenderedOnce, page_actions, state_of, template_cache
from factbase.text import build_language, label

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
    # Once per build, in the first language build (the next ones reuse its data): the rules read
    # every language's pages from disk, not from `files`, which holds only this language's, and
    # parity needs both. Only the pages that maintainers write: the generated insurer pages' text is
    # checked in data/insurers.yaml, at its line. The problems are raised by hooks/sources.py's
    # on_nav, in one message with the citation problems. Unknown citations in the other languages'
    # pages are added too: on_nav sees only this language.
    state = state_of(config)
    if not state.first_language:
        return files
    pages = load_pages(Path(config.docs_dir), state.root)
    state.page_rule_problems = page_problems(pages, insurer_names(state.dataset.insurers)) + [
        problem for page in pages if page.language != state.language
        for problem in citation_problems(PageText(page.path, "", page.text), state.sources)]
    return files


def on_page_markdown(markdown, *, page, config, files):
    return strip_no_citation_markers(markdown)


def on_env(env, *, config, files):
    # Material's templates, compiled once and kept on disk: faster rebuilds in `make serve`.
    env.bytecode_cache = template_cache(Path(config.config_file_path).parent)
    # A new environment per build and language, so nothing kept here outlives them (main.html).
    env.globals["rendered_once"] = RenderedOnce()
    return env


def on_page_context(context, *, page, config, nav):
    language = build_language(config)
    context["page_reviewed"] = reviewed_note(page.meta, language)
    # After hooks/data.py, which points the insurer pages' edit link at data/insurers.yaml.
    blocks = marker_names(page.file.content_string)
    context["page_actions"] = page_actions(
        language, page_edit_url=page.edit_url, docs_edit_uri=config.edit_uri,
        data_files=[DATA_FILE_OF_BLOCK[name] for name in blocks if name in DATA_FILE_OF_BLOCK],
        page_url=page.canonical_url or page.abs_url or "", page_title=page.title or "",
        identity=state_of(config).identity)
    return context
