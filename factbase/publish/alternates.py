"""A page's twins in the other languages: hreflang links and the language switch."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from factbase.text.lang import DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGES
from factbase.text.urls import absolute_url


@dataclass(frozen=True)
class Twin:
    language: str
    name: str
    url: str  # site-relative, e.g. "en/sources/"


def page_twins(urls_by_language: Mapping[str, str]) -> list[Twin]:
    """The page in each site language, in the site's language order."""
    return [Twin(lang, LANGUAGE_NAMES[lang], _clean(urls_by_language[lang]))
            for lang in LANGUAGES if lang in urls_by_language]


def hreflang_links(site_url: str, twins: list[Twin]) -> list[dict[str, str]]:
    """Material's `extra.alternate` entries, with absolute URLs as search engines require,
    plus x-default pointing at the French reference page."""
    links = [{"name": t.name, "lang": t.language, "link": absolute_url(site_url, t.url)} for t in twins]
    default = next((t for t in twins if t.language == DEFAULT_LANGUAGE), None)
    if default:
        links.append({"name": default.name, "lang": "x-default", "link": absolute_url(site_url, default.url)})
    return links


def _clean(url: str) -> str:
    return "" if url in (".", "./") else url
