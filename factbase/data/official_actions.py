"""Official action after the breach (data/official-actions.yaml), as typed records, and the
"Official action" section of the journalists' page that is rendered from them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import jinja2

from factbase.data.datafile import read_data_file
from factbase.data.problems import Problem
from factbase.data.records import SourcedNote, yaml_record
from factbase.data.timeline import dated_id_problems
from factbase.data.yamlfile import YamlDocument
from factbase.text.lang import url_prefix
from factbase.text.localized import Localized, format_date
from factbase.text.urls import relative_url

FILE = "official-actions"
LIST_KEY = "actions"
TIMELINE_PAGE = "chronologie"


@yaml_record
@dataclass(frozen=True)
class OfficialAction:
    """One step taken by an authority, or one kind of step looked for and not found."""

    id: str
    date: str | None
    status: str  # no-public-outcome, done, not-found (the schema's enum)
    authority: Localized | None
    title: Localized
    text: Localized | None
    sources: tuple[str, ...]
    outcome: Localized | None
    outcome_sources: tuple[str, ...]
    note: SourcedNote | None
    timeline: str | None
    line: int | None

    def source_ids(self) -> Iterator[str]:
        yield from self.sources
        yield from self.outcome_sources
        if self.note:
            yield from self.note.sources


@dataclass(frozen=True)
class OfficialActions:
    scope: Localized
    actions: tuple[OfficialAction, ...]  # dated steps in date order, then what was not found

    def source_ids(self) -> set[str]:
        return {source_id for action in self.actions for source_id in action.source_ids()}


def read_official_actions(data_dir: Path, display_dir: str = "data") -> tuple[
        OfficialActions | None, YamlDocument | None, list[Problem]]:
    document, problems = read_data_file(data_dir, FILE, display_dir)
    if document is None:
        return None, None, problems
    problems += dated_id_problems(document, LIST_KEY)
    if problems:
        return None, document, problems
    actions = [OfficialAction.from_yaml(record, line=document.line_of((LIST_KEY, index)))
               for index, record in enumerate(document.data[LIST_KEY])]
    dated = sorted((action for action in actions if action.date), key=lambda action: (action.date, action.id))
    undated = sorted((action for action in actions if not action.date), key=lambda action: action.id)
    return OfficialActions(Localized.from_data(document.data["scope"]), (*dated, *undated)), document, problems


def timeline_problems(document: YamlDocument, event_ids: Iterable[str]) -> list[Problem]:
    """`timeline:` fields that name no event of data/timeline.yaml."""
    known = set(event_ids)
    problems = []
    records = document.data.get(LIST_KEY) if isinstance(document.data, dict) else None
    for index, record in enumerate(records if isinstance(records, list) else []):
        event = record.get("timeline") if isinstance(record, dict) else None
        if isinstance(event, str) and event not in known:
            problems.append(Problem(
                document.display_path, f"no event {event!r} in data/timeline.yaml",
                "give the id of the same step's timeline event, or remove `timeline`",
                line=document.line_of((LIST_KEY, index, "timeline")), record=record.get("id"), field="timeline"))
    return problems


def render_official_actions(data: OfficialActions, *, language: str, page_url: str,
                            env: jinja2.Environment) -> str:
    timeline_url = f"{url_prefix(language)}{TIMELINE_PAGE}/"
    items = [{"record": action, "when": format_date(action.date, language) if action.date else None,
              "timeline_href": relative_url(f"{timeline_url}#{action.timeline}", page_url) if action.timeline else None}
             for action in data.actions]
    return env.get_template("official-actions.html").render(
        items=items, scope=data.scope.get(language), language=language)
