"""MkDocs adapter: the incremental preview of `make serve` (`mkdocs serve --dirty`).

MkDocs' --dirty skips the pages whose output is newer than their source; factbase.publish.preview
decides, by content, when that is safe: after an edit to a page's text only. Anything else (a title,
a heading, the nav, mkdocs.yml, data/, overrides/, hooks/) empties the site folder first, so that
every page is rebuilt. Does nothing in any other build: `make build` stays a clean build.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.utils import CountHandler, clean_directory

from factbase import publish
from factbase.render import build_of, data_dir
from factbase.text import LANGUAGES, all_languages_built

PREVIEW_KEY = "incremental_preview"  # this build's PreviewBuild, on the config (never a module global)
log = logging.getLogger("mkdocs.hooks.preview")

# Hooks


def on_startup(*, command, dirty):
    if command == "serve" and dirty:
        # MkDocs warns at every dirty build that its navigation may be wrong, and the strict build
        # fails on that warning. Here the navigation is right: any edit that changes it rebuilds all.
        build_log = logging.getLogger("mkdocs.commands.build")
        if not any(isinstance(existing, _DirtyBuildWarning) for existing in build_log.filters):
            build_log.addFilter(_DirtyBuildWarning())


@event_priority(-300)  # after hooks/data.py has written docs/assureurs/, which the manifest reads
def on_pre_build(*, config):
    if not _incremental(config):
        return
    # Material's search plugin, told at start-up that builds are dirty, merges each index into the
    # previous one, and under static-i18n that repeats every entry. This build's index is merged
    # into the previous one in on_post_build below instead, by page.
    search = config.plugins.get("material/search")
    if search is not None:
        search.is_dirty = False
    if not build_of(config).first:
        return
    site, root = Path(config.site_dir), Path(config.config_file_path).parent
    current = publish.make_manifest(root, [Path(config.config_file_path), Path(config.docs_dir), data_dir(root),
                                           *(root / name for name in ("overrides", "hooks", "factbase"))], os.environ)
    manifest_path = site / publish.MANIFEST_NAME
    previous = (publish.Manifest.from_json(manifest_path.read_text(encoding="utf-8"))
                if manifest_path.is_file() else None)
    manifest_path.unlink(missing_ok=True)  # written back only by a build that succeeds
    plan = publish.plan_rebuild(previous, current, _relative(Path(config.docs_dir), root))
    search_before = {} if plan.full else _search_indexes(site)
    if not plan.full and len(search_before) < len(LANGUAGES):
        plan = publish.Plan(True, "the previous search index is missing")
    if plan.full:
        clean_directory(str(site))  # no output is newer than its source: MkDocs rebuilds every page
    log.info(f"preview: {'full rebuild' if plan.full else 'incremental rebuild'}: {plan.reason}")
    config[PREVIEW_KEY] = publish.PreviewBuild(plan, current, search_before)


@event_priority(-300)  # after static-i18n's on_files (-100) has kept this language's pages
def on_files(files, *, config):
    preview = config.get(PREVIEW_KEY)
    if preview is None:
        return files
    root = Path(config.config_file_path).parent
    for file in files.documentation_pages():
        if _relative(Path(file.abs_src_path), root) in preview.plan.pages:
            # rebuilt because its text changed, whatever the files' times say
            Path(file.abs_dest_path).unlink(missing_ok=True)
        if file.is_modified():
            preview.rebuilt.add("" if file.url in (".", "./") else file.url)
    return files


def on_nav(nav, *, config, files):
    preview = config.get(PREVIEW_KEY)
    if preview is None:
        return nav
    for file in files.documentation_pages():
        # MkDocs reads no page that it skips, and a page never read has no title in the navigation
        # of the pages that are rebuilt.
        if file.page is not None and file.page.markdown is None and not file.is_modified():
            file.page.read_source(config)
    return nav


@event_priority(-300)  # after hooks/search.py (-200) has written this build's per-language indexes
def on_post_build(*, config):
    preview = config.get(PREVIEW_KEY)
    if preview is None or not all_languages_built(config):
        return
    site = Path(config.site_dir)
    log.debug(f"preview: {len(preview.rebuilt)} page(s) rebuilt: {', '.join(sorted(preview.rebuilt)[:5])}")
    if not preview.plan.full:  # the index has only the rebuilt pages: put them into the previous one
        for language, fresh in _search_indexes(site).items():
            patched = publish.patch_search_index(preview.search_before[language], fresh, preview.rebuilt)
            _index_path(site, language).write_text(json.dumps(patched, ensure_ascii=False, separators=(",", ":")),
                                                   encoding="utf-8")
    # Without a manifest the next build is a full one. So a build that fails leaves none: it was
    # removed in on_pre_build, and a strict build that warned fails after this event, so it is not
    # written then either. The next build repeats every warning, not only those of the edited page.
    if not _warned():
        (site / publish.MANIFEST_NAME).write_text(preview.manifest.to_json(), encoding="utf-8")


# Helpers


class _DirtyBuildWarning(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("A 'dirty' build is being performed")


def _incremental(config) -> bool:
    return publish.is_incremental_preview(config.site_url or "", config.dev_addr, sys.argv)


def _warned() -> bool:
    # MkDocs counts this build's warnings with a CountHandler on its logger (strict mode), and fails
    # the build on them right after on_post_build.
    return any(isinstance(handler, CountHandler) and handler.get_counts()
               for handler in logging.getLogger("mkdocs").handlers)


def _relative(path: Path, root: Path) -> str:
    return str(path.relative_to(root)) if path.is_relative_to(root) else str(path)


def _index_path(site: Path, language: str) -> Path:
    return site / "search" / f"search_index.{language}.json"


def _search_indexes(site: Path) -> dict[str, dict]:
    return {language: json.loads(path.read_text(encoding="utf-8"))
            for language in LANGUAGES if (path := _index_path(site, language)).is_file()}
