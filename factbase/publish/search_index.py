"""One search index per language, built from the combined index that static-i18n writes.

static-i18n 1.3.1 writes a single index for all languages, so a search on /en/ lists French pages.
The browser loads search/search_index.<lang>.json instead (see search-worker.js); the file that
Material itself requests on every page load becomes a stub of a few hundred bytes.

Each language's index also gets the words that people type and a page does not use
(data/search.yaml), as that page's `tags`: Material's search weighs that field most.
"""

from __future__ import annotations

import copy

from factbase.data.search_synonyms import Synonyms
from factbase.text.lang import DEFAULT_LANGUAGE, LANGUAGES, url_prefix


def language_of_location(location: str) -> str:
    for language in LANGUAGES:
        if language != DEFAULT_LANGUAGE and (location == language or location.startswith(f"{language}/")):
            return language
    return DEFAULT_LANGUAGE


def split_search_index(index: dict, synonyms: tuple[Synonyms, ...] = ()) -> dict[str, dict]:
    per_language: dict[str, dict] = {}
    for language in LANGUAGES:
        config = copy.deepcopy(index["config"])
        config["lang"] = [language]
        tags = {url_prefix(language) + ("" if record.page == "index" else f"{record.page}/"): record.words_in(language)
                for record in synonyms}
        docs = []
        for doc in index["docs"]:
            if language_of_location(doc["location"]) != language:
                continue
            if doc["location"] in tags:
                doc = {**doc, "tags": [*doc.get("tags", []), *tags[doc["location"]]]}
            docs.append(doc)
        per_language[language] = {"config": config, "docs": docs}
    return per_language


def stub_index(index: dict) -> dict:
    config = copy.deepcopy(index["config"])
    config["lang"] = [DEFAULT_LANGUAGE]
    return {"config": config, "docs": []}
