"""Everything a build needs from data/, loaded once per build language and checked together."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from factbase.citations import PageRef, PageText, citation_problems, citation_usage
from factbase.identity import SiteIdentity
from factbase.markers import marker_problems
from factbase.problems import Problem
from factbase.render import fragment_environment
from factbase.sources import Source, load_sources

STATE_KEY = "factbase"


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


def load_state(root: Path, language: str) -> BuildState:
    return BuildState(
        root=root,
        language=language,
        sources=load_sources(root / "data"),
        env=fragment_environment(root / "overrides" / "fragments"),
    )


def attach(config: Any, state: BuildState) -> None:
    config[STATE_KEY] = state


def state_of(config: Any) -> BuildState:
    return config[STATE_KEY]


def check_pages(state: BuildState, pages: list[PageText], generated_blocks: set[str]) -> list[Problem]:
    """Citations, generated-block markers and unused sources, over every page of the build, reported
    together with the page rules found earlier (factbase.page_rules)."""
    problems: list[Problem] = list(state.page_rule_problems)
    for page in pages:
        problems += citation_problems(page, state.sources)
        problems += marker_problems(page.display_path, page.markdown, generated_blocks)
    state.citation_usage = citation_usage(pages)
    cited = set(state.citation_usage) | state.data_citations
    for source in state.sources.values():
        if source.id not in cited:
            problems.append(Problem(
                "data/sources.yaml", f"source {source.id!r} is cited by no page and no data file",
                "cite it where its fact is used ([@id]), or remove it from data/sources.yaml",
                line=source.line, record=source.id))
    return problems
