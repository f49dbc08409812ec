"""MkDocs adapter for data/: per-insurer pages, the Atom feeds, the downloads, and the links in
<head> and "edit this page" that go with them. The inputs are loaded and checked by hooks/sources.py."""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from factbase.data import DataError
from factbase.render import (
    build_of,
    download_files,
    feed_path,
    insert_deferred,
    insurer_page_files,
    render_feed,
    sync_files,
)
from factbase.text import DEFAULT_LANGUAGE, INSURER_FOLDER, edit_url, label

# Hooks


def on_pre_build(*, config):
    # static-i18n needs real files for the insurer pages; they go only into the gitignored
    # docs/assureurs/, rewritten only when their text changes.
    build = build_of(config)
    sync_files(Path(config.docs_dir) / INSURER_FOLDER, insurer_page_files(build.dataset.insurers))


@event_priority(-200)  # after static-i18n's on_files (-100), which would misplace generated files
def on_files(files, *, config):
    build = build_of(config)
    outputs = {feed_path(build.language): render_feed(
        build.dataset.updates, language=build.language, site_url=_site_url(config),
        site_name=config.site_name, rights=config.copyright or "", env=build.env)}
    if build.language == DEFAULT_LANGUAGE:  # the downloads exist once, not per language
        outputs.update(download_files(build.dataset, site_url=_site_url(config), env=build.env))
    for path, content in outputs.items():
        files.append(File.generated(config, path, content=content))
    return files


def on_page_content(html, *, page, config, files):
    try:
        html_with_block = insert_deferred(build_of(config), page.url, page.meta, html)
    except DataError as error:
        raise PluginError(str(error)) from None
    if html_with_block is None:
        raise PluginError(f"{page.file.src_uri}: the generated block lost its place in the page "
                          "(keep [[generated:insurer]] alone on its line)")
    return html_with_block


def on_page_context(context, *, page, config, nav):
    build = build_of(config)
    context["atom_feed"] = {"href": feed_path(build.language), "title": label(build.language, "feed.title")}
    if page.meta.get("insurer") and config.edit_uri:
        page.edit_url = edit_url(config.edit_uri, "data/insurers.yaml")
    return context


# Helpers


def _site_url(config) -> str:
    return config.site_url or "/"
