"""Every file of data/ loaded together, checked across files, and reported as one DataError."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factbase.data.datafile import is_placeholder
from factbase.data.insurers import InsurerList, read_insurers
from factbase.data.lookup_terms import LookupTerms, insurer_problems, read_lookup_terms
from factbase.data.official_actions import OfficialActions, read_official_actions, timeline_problems
from factbase.data.problems import Problem, raise_if_any
from factbase.data.schema import enum_of, load_schema
from factbase.data.search_synonyms import Synonyms, read_synonyms
from factbase.data.sources import RELIABILITY_ENUM, Source, read_sources
from factbase.data.terms import Term, glossary_problems, read_terms
from factbase.data.timeline import Event, read_timeline
from factbase.data.updates import Update, read_updates
from factbase.data.yamlfile import JsonPath, YamlDocument, walk_fields

# Fields that hold source ids, wherever they appear in a data file.
SOURCE_LIST_FIELDS = ("sources", "note_sources", "outcome_sources")
SOURCE_FIELDS = ("own_notice",)


@dataclass(frozen=True)
class Dataset:
    """The site's facts as typed records, plus the plain data of each file for the downloads."""

    data_dir: Path
    sources: dict[str, Source]
    insurers: InsurerList
    timeline: tuple[Event, ...]
    updates: tuple[Update, ...]
    official_actions: OfficialActions
    lookup: LookupTerms
    plain: dict[str, Any]  # file name without .yaml -> its data, as parsed
    terms: tuple[Term, ...] = ()  # the jargon that explains itself (data/terms.yaml)
    search_synonyms: tuple[Synonyms, ...] = ()  # words that search also finds a page by (data/search.yaml)
    reliability_order: tuple[str, ...] = ()  # sources.schema.json's reliabilities, most reliable first

    def cited_source_ids(self) -> set[str]:
        ids = self.insurers.source_ids()
        for event in self.timeline:
            ids.update(event.source_ids())
        ids.update(self.official_actions.source_ids())
        ids.update(self.lookup.source_ids())
        return ids


def load_dataset(data_dir: Path, display_dir: str = "data", docs_dir: Path | None = None,
                 glossary: dict[str, set[str]] | None = None) -> Dataset:
    """Load every data file; raise one DataError with every problem of every file. ``docs_dir``, when
    given, is where the pages that data names must exist; ``glossary`` (language -> the anchors of
    the glossary page, factbase.pages.glossary) is what the terms' anchors are checked against."""
    sources, sources_document, problems = read_sources(data_dir, display_dir)
    insurers, insurers_document, found = read_insurers(data_dir, display_dir)
    problems += found
    timeline, timeline_document, found = read_timeline(data_dir, display_dir)
    problems += found
    updates, updates_document, found = read_updates(data_dir, display_dir, docs_dir)
    problems += found
    actions, actions_document, found = read_official_actions(data_dir, display_dir)
    problems += found
    lookup, lookup_document, found = read_lookup_terms(data_dir, display_dir)
    problems += found
    terms, found = read_terms(data_dir, display_dir)
    problems += found
    if terms is not None and glossary is not None:
        problems += glossary_problems(terms, glossary, f"{display_dir}/terms.yaml")
    synonyms, found = read_synonyms(data_dir, display_dir, docs_dir)
    problems += found
    if sources is not None:
        for document, record_key in ((insurers_document, "slug"), (timeline_document, "id"),
                                     (actions_document, "id"), (lookup_document, "operator")):
            if document is not None:
                problems += source_id_problems(document, sources, record_key)
    if actions_document is not None and timeline is not None:
        problems += timeline_problems(actions_document, (event.id for event in timeline))
    if lookup is not None and insurers is not None:
        problems += insurer_problems(lookup, lookup_document, insurers, insurers_document.display_path)
    raise_if_any(problems)
    assert None not in (sources, sources_document, insurers, insurers_document, timeline, timeline_document,
                        updates, updates_document, actions, actions_document, lookup, lookup_document)
    plain = {"sources": sources_document.data, "insurers": insurers_document.data,
             "timeline": timeline_document.data, "updates": updates_document.data,
             "official-actions": actions_document.data}
    return Dataset(data_dir, sources, insurers, timeline, updates, actions, lookup, plain, terms=terms or (),
                   search_synonyms=synonyms or (),
                   reliability_order=enum_of(load_schema(data_dir / "sources.schema.json"), *RELIABILITY_ENUM))


def source_id_problems(document: YamlDocument, sources: dict[str, Source], record_key: str) -> list[Problem]:
    """Source ids that data/sources.yaml does not know, and own notices that are not an insurer's."""
    problems = []
    for path, source_id in walk_fields(document.data, (), _source_ids):
        record = _record_name(document.data, path, record_key)
        field = ".".join(map(str, path[2:]))
        source = sources.get(source_id)
        if is_placeholder(source_id):
            continue  # reported by factbase.data.datafile as a field still to fill in
        if source is None:
            problems.append(Problem(
                document.display_path, f"unknown source id {source_id!r}",
                "fix the id, or copy the source's record into data/sources.yaml (ids are those of the fact base)",
                line=document.line_of(path), record=record, field=field))
        elif path[-1] == "own_notice" and source.reliability != "controller":
            problems.append(Problem(
                document.display_path,
                f"own_notice {source_id!r} is not an insurer's own notice (its reliability is {source.reliability})",
                "give the id of a source whose reliability is controller, or remove own_notice",
                line=document.line_of(path), record=record, field=field))
    return problems


def _source_ids(path: JsonPath, value: Any) -> list[tuple[JsonPath, str]] | None:
    """(path, id) of each source id in a field that holds source ids; None for any other field."""
    key = path[-1]
    if key in SOURCE_LIST_FIELDS and isinstance(value, list):
        return [((*path, index), entry) for index, entry in enumerate(value) if isinstance(entry, str)]
    if key in SOURCE_FIELDS and isinstance(value, str):
        return [(path, value)]
    return None


def _record_name(data: Any, path: JsonPath, record_key: str) -> str | None:
    try:
        record = data[path[0]][path[1]]
    except (KeyError, IndexError, TypeError):
        return None
    return record.get(record_key) if isinstance(record, dict) else None
