"""MkDocs adapter: what every page shows of itself (its review date, its page actions) and what
differs per language. The page rules run with the rest of the input checks (hooks/sources.py)."""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority

from factbase.pages import marker_names, reviewed_note, strip_no_citation_markers
from factbase.render import DATA_FILE_OF_BLOCK, RenderedOnce, build_of, page_actions, template_cache
from factbase.text import build_language, label

# Hooks


@event_priority(-150)  # after static-i18n's on_config (-100) has set the build language
def on_config(config):
    # The toc extension's permalink title is one string for the whole build; set it per language.
    config.mdx_configs.setdefault("toc", {})["permalink_title"] = label(build_language(config), "permalink_title")


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
        identity=build_of(config).identity)
    return context
