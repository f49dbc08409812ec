"""The site's inputs as one immutable model, loaded and checked once per build (factbase.render.site),
and the view of it that one language build reads.

mkdocs-static-i18n runs every event once per language in one process, with the same config: the model
is kept on the config, and the second language's build reuses the first one's. Hooks read the model;
none of them writes into it for another to read.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import jinja2

from factbase.data.dataset import Dataset
from factbase.data.identity import SiteIdentity
from factbase.data.sources import Source
from factbase.pages.citations import find_citations
from factbase.pages.markdown_page import MarkdownPage
from factbase.render.terms import TermMatcher, term_matcher

MODEL_KEY = "factbase"  # where the current language build sits on the MkDocs config


@dataclass(frozen=True)
class SitePage:
    """A page that maintainers write (docs/<name>.<language>.md), at the URL that MkDocs gives it."""

    page: MarkdownPage
    url: str


@dataclass(frozen=True)
class SiteModel:
    """Everything a build reads from data/, the maintainers' pages and mkdocs.yml's identity, checked."""

    dataset: Dataset = field(repr=False)
    env: jinja2.Environment = field(repr=False)  # the fragments of overrides/fragments/
    pages: tuple[SitePage, ...] = field(repr=False)  # every language's hand-written pages; not docs/assureurs/
    identity: SiteIdentity | None = None  # extra.publisher and extra.host
    site_url: str = ""  # the public address (mkdocs.yml site_url), printed on the one-page sheet

    @property
    def sources(self) -> dict[str, Source]:
        return self.dataset.sources

    @property
    def data_dir(self) -> Path:
        return self.dataset.data_dir


@dataclass(frozen=True)
class LanguageBuild:
    """The model as one language build reads it. ``first`` is the first language built by this build:
    the work done once per build happens in it."""

    model: SiteModel
    language: str
    first: bool = True
    # Markers and note lists that many generated pages share (factbase.pages.citations.render_citations):
    # a memo, so a page renders the same with or without it.
    render_memo: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def dataset(self) -> Dataset:
        return self.model.dataset

    @property
    def sources(self) -> dict[str, Source]:
        return self.model.sources

    @property
    def env(self) -> jinja2.Environment:
        return self.model.env

    @property
    def identity(self) -> SiteIdentity | None:
        return self.model.identity

    @cached_property
    def pages(self) -> tuple[SitePage, ...]:
        return tuple(page for page in self.model.pages if page.page.language == self.language)

    @cached_property
    def citation_usage(self) -> dict[str, list[SitePage]]:
        """Source id -> this language's pages that cite it, in file order (the Sources page lists them)."""
        usage: dict[str, list[SitePage]] = {}
        for site_page in self.pages:
            for use in find_citations(site_page.page.text):
                for source_id in use.ids:
                    citing = usage.setdefault(source_id, [])
                    if site_page not in citing:
                        citing.append(site_page)
        return usage

    @cached_property
    def page_titles(self) -> Mapping[str, str]:
        """Page URL -> its title, for the links that data makes to pages (data/updates.yaml)."""
        return {site_page.url: site_page.page.title for site_page in self.pages}

    @cached_property
    def term_matcher(self) -> TermMatcher:
        return term_matcher(self.dataset.terms, self.language)


def attach(config: Any, build: LanguageBuild) -> None:
    config[MODEL_KEY] = build


def build_of(config: Any) -> LanguageBuild:
    return config[MODEL_KEY]


def previous_build(config: Any) -> LanguageBuild | None:
    """The build that the previous language of this same build left on the config."""
    return config.get(MODEL_KEY)
