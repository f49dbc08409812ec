"""Everything a build needs from data/, loaded once per build language and checked together."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from factbase.data.dataset import Dataset, load_dataset
from factbase.data.identity import SiteIdentity
from factbase.data.problems import DataError, Problem
from factbase.data.sources import Source
from factbase.pages.citations import PageRef, PageText, citation_problems, citation_usage, find_citations, page_title
from factbase.pages.glossary import glossary_anchors
from factbase.pages.markers import marker_problems
from factbase.render.render import fragment_environment, template_cache

STATE_KEY = "factbase"
DATA_DIR_VARIABLE = "SITE_DATA_DIR"


@dataclass
class BuildState:
    """Data for one language build. Kept on the MkDocs config, never in a module global,
    because mkdocs-static-i18n runs every event once per language in one process."""

    root: Path
    language: str
    sources: dict[str, Source]
    env: jinja2.Environment
    citation_usage: dict[str, list[PageRef]] = field(default_factory=dict)
    data_citations: set[str] = field(default_factory=set)
    identity: SiteIdentity | None = None  # extra.publisher / extra.host, set by hooks/pages.py
    page_rule_problems: list[Problem] = field(default_factory=list)  # set by hooks/pages.py on_files
    # The first language build of a build: the checks that read every language's files (the page
    # rules) run in it only, once per build. The next languages reuse its dataset.
    first_language: bool = True
    dataset: Dataset | None = None
    site_url: str = ""  # the public address (mkdocs.yml site_url), printed on the one-page sheet
    pages: dict[str, PageText] = field(default_factory=dict)  # page URL -> its text, for links from data
    deferred_html: dict[str, str] = field(default_factory=dict)  # page URL -> HTML that skips Markdown
    render_cache: dict = field(default_factory=dict)  # citation markers and note lists shared by pages

    def page_title(self, url: str) -> str | None:
        page = self.pages.get(url)
        return page_title(page.markdown) if page else None


def data_dir(root: Path, environ: Mapping[str, str] = os.environ) -> Path:
    """The folder of data files: data/, or the one that SITE_DATA_DIR names (absolute, or
    relative to the repository), e.g. synthetic data for tests and benchmarks."""
    chosen = environ.get(DATA_DIR_VARIABLE)
    return (root / chosen).resolve() if chosen else root / "data"


def load_state(root: Path, language: str, data_folder: Path | None = None,
               previous: BuildState | None = None) -> BuildState:
    """Load and check data/ for one language build. ``previous`` is the state of the language
    built just before in the same build (static-i18n builds them one after the other with the same
    config); its dataset is reused instead of parsing and validating every file again."""
    folder = data_folder or root / "data"
    if previous is not None and previous.dataset is not None and previous.dataset.data_dir == folder:
        return BuildState(root=root, language=language, sources=previous.sources, env=previous.env,
                          dataset=previous.dataset, data_citations=set(previous.data_citations),
                          first_language=False)
    display = str(folder.relative_to(root)) if folder.is_relative_to(root) else str(folder)
    env = fragment_environment(root / "overrides" / "fragments", template_cache(root))
    dataset = load_dataset(folder, display, docs_dir=root / "docs", glossary=glossary_anchors(root / "docs"))
    cited, problems = template_citations(env, dataset.sources)
    if problems:
        raise DataError(problems)
    return BuildState(root=root, language=language, sources=dataset.sources, env=env, dataset=dataset,
                      data_citations=dataset.cited_source_ids() | cited)


def template_citations(env: jinja2.Environment, sources: Mapping[str, Source]) -> tuple[set[str], list[Problem]]:
    """Source ids cited in the fragments' own text (the sentences that every insurer page
    carries), and a problem for each one that data/sources.yaml does not know."""
    cited: set[str] = set()
    problems = []
    for name in env.list_templates():
        text, _, _ = env.loader.get_source(env, name)
        for use in find_citations(text):
            cited.update(use.ids)
            problems += [Problem(f"overrides/fragments/{name}", f"unknown source id {source_id!r} in [@{source_id}]",
                                 "fix the id, or add the source to data/sources.yaml", line=use.line)
                         for source_id in use.ids if source_id not in sources]
    return cited, problems


def attach(config: Any, state: BuildState) -> None:
    config[STATE_KEY] = state


def state_of(config: Any) -> BuildState:
    return config[STATE_KEY]


def previous_state(config: Any) -> BuildState | None:
    """The state that the previous language build of this same build left on the config."""
    return config.get(STATE_KEY)


def check_pages(state: BuildState, pages: list[PageText], generated_blocks: set[str]) -> list[Problem]:
    """Citations, generated-block markers and unused sources, over every page of the build, reported
    together with the page rules found earlier (factbase.pages.page_rules)."""
    problems: list[Problem] = list(state.page_rule_problems)
    for page in pages:
        problems += citation_problems(page, state.sources)
        problems += marker_problems(page.display_path, page.markdown, generated_blocks)
    state.citation_usage = citation_usage(pages)
    state.pages = {page.url: page for page in pages}
    cited = set(state.citation_usage) | state.data_citations
    for source in state.sources.values():
        if source.id not in cited:
            problems.append(Problem(
                "data/sources.yaml", f"source {source.id!r} is cited by no page and no data file",
                "cite it where its fact is used ([@id]), or remove it from data/sources.yaml",
                line=source.line, record=source.id))
    return problems
