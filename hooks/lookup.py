"""MkDocs adapter: the insurer lookup's data file, one per language (factbase/render/lookup.py)."""

from __future__ import annotations

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from factbase.render import LOOKUP_FILE, build_of, lookup_json
from factbase.text import url_prefix

# Hooks


@event_priority(-200)  # after static-i18n's on_files (-100), which would misplace generated files
def on_files(files, *, config):
    build = build_of(config)
    content = lookup_json(build.dataset.insurers.listed, build.sources, build.dataset.lookup, build.language)
    files.append(File.generated(config, url_prefix(build.language) + LOOKUP_FILE, content=content))
    return files
