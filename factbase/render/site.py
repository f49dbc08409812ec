"""The build's one load of its inputs: data/, the pages that maintainers write, the fragments' own
citations and mkdocs.yml's identity, checked together into one immutable SiteModel. Every problem of
every input is reported at once, in one DataError; `make lint` (factbase.tools.check) runs the same."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jinja2

from factbase.data.dataset import load_dataset
from factbase.data.identity import SiteIdentity, site_identity
from factbase.data.problems import DataError, Problem, raise_if_any
from factbase.data.sources import Source
from factbase.pages.citations import citation_problems, find_citations
from factbase.pages.glossary import glossary_anchors
from factbase.pages.markers import marker_problems
from factbase.pages.page_rules import load_pages, page_problems
from factbase.pages.sourcing import insurer_names
from factbase.render.generated import BLOCK_NAMES
from factbase.render.model import LanguageBuild, SiteModel, SitePage
from factbase.render.render import fragment_environment, template_cache
from factbase.text.lang import DEFAULT_LANGUAGE
from factbase.text.urls import docs_page_url

DATA_DIR_VARIABLE = "SITE_DATA_DIR"


def data_dir(root: Path, environ: Mapping[str, str] = os.environ) -> Path:
    """The folder of data files: data/, or the one that SITE_DATA_DIR names (absolute, or
    relative to the repository), e.g. synthetic data for tests and benchmarks."""
    chosen = environ.get(DATA_DIR_VARIABLE)
    return (root / chosen).resolve() if chosen else root / "data"


def load_model(root: Path, data_folder: Path | None = None, *, docs_dir: Path | None = None,
               extra: Mapping[str, Any] | None = None, site_url: str = "") -> SiteModel:
    """Load and check every input; raise one DataError listing every problem. ``docs_dir`` is mkdocs.yml's
    (root/docs by default); ``extra`` its `extra:` (the publisher and host): without it the identity is
    neither read nor checked."""
    folder = data_folder or root / "data"
    display = str(folder.relative_to(root)) if folder.is_relative_to(root) else str(folder)
    docs = docs_dir or root / "docs"
    problems: list[Problem] = []
    dataset = identity = None
    try:
        dataset = load_dataset(folder, display, docs_dir=docs, glossary=glossary_anchors(docs))
    except DataError as error:
        problems += error.problems
    if extra is not None:
        identity, found = _identity(extra)
        problems += found
    env = fragment_environment(root / "overrides" / "fragments", template_cache(root))
    pages = site_pages(docs, root)
    # The insurers that the sourcing rule looks for come from the data: none when it has problems.
    problems += page_problems([site_page.page for site_page in pages],
                              insurer_names(dataset.insurers) if dataset is not None else ())
    if dataset is not None:  # citations need the sources
        template_cited, found = template_citations(env, dataset.sources)
        problems += found + page_input_problems(pages, dataset.sources, dataset.cited_source_ids() | template_cited)
    raise_if_any(problems)
    return SiteModel(dataset=dataset, env=env, pages=pages, identity=identity, site_url=site_url)


def site_pages(docs_dir: Path, root: Path) -> tuple[SitePage, ...]:
    """The pages that maintainers write (factbase.pages.page_rules.load_pages), each at its URL."""
    pages = []
    for page in load_pages(docs_dir, root):
        docs_path = (root / page.path).relative_to(docs_dir).as_posix()
        pages.append(SitePage(page, docs_page_url(docs_path, page.language or DEFAULT_LANGUAGE)))
    return tuple(pages)


def page_input_problems(pages: tuple[SitePage, ...], sources: Mapping[str, Source],
                        data_citations: set[str]) -> list[Problem]:
    """Citations that name no source, [[generated:NAME]] markers that name no block, and sources that no
    page and no data file cites."""
    problems: list[Problem] = []
    cited = set(data_citations)
    for site_page in pages:
        page = site_page.page
        problems += citation_problems(page.path, page.text, sources)
        problems += marker_problems(page.path, page.text, BLOCK_NAMES)
        cited.update(source_id for use in find_citations(page.text) for source_id in use.ids)
    for source in sources.values():
        if source.id not in cited:
            problems.append(Problem(
                "data/sources.yaml", f"source {source.id!r} is cited by no page and no data file",
                "cite it where its fact is used ([@id]), or remove it from data/sources.yaml",
                line=source.line, record=source.id))
    return problems


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


def _identity(extra: Mapping[str, Any]) -> tuple[SiteIdentity | None, list[Problem]]:
    try:
        return site_identity(extra), []
    except DataError as error:
        return None, error.problems


def language_build(root: Path, language: str, previous: LanguageBuild | None, *, data_folder: Path,
                   docs_dir: Path | None = None, extra: Mapping[str, Any] | None = None,
                   site_url: str = "") -> LanguageBuild:
    """This language's build. ``previous`` is what the language built before it in the same build left
    (static-i18n builds them one after the other with the same config): its model is reused, so the
    inputs are loaded and checked once per build."""
    if previous is not None and previous.model.data_dir == data_folder:
        return LanguageBuild(previous.model, language, first=False)
    model = load_model(root, data_folder, docs_dir=docs_dir, extra=extra, site_url=site_url)
    return LanguageBuild(model, language)
