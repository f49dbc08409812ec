"""MkDocs adapter: split the search index by language once the whole site is written."""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.plugins import event_priority

from factbase import publish
from factbase.render import build_of
from factbase.text import all_languages_built

# Hooks


@event_priority(-200)  # after static-i18n's on_post_build (-100) has written the combined index
def on_post_build(*, config):
    if not all_languages_built(config):
        return
    folder = Path(config.site_dir) / "search"
    combined = json.loads((folder / "search_index.json").read_text(encoding="utf-8"))
    for language, index in publish.split_search_index(combined, build_of(config).dataset.search_synonyms).items():
        _write_json(folder / f"search_index.{language}.json", index)
    _write_json(folder / "search_index.json", publish.stub_index(combined))


# Helpers


def _write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
