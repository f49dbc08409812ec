"""The insurers and their tiers-payant operators (data/insurers.yaml), as typed records."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from factbase.data.datafile import read_data_file
from factbase.data.french_text import french_text_problems
from factbase.data.problems import Problem
from factbase.data.records import SourcedNote, yaml_record
from factbase.data.schema import enum_of, load_schema
from factbase.data.yamlfile import YamlDocument
from factbase.text.localized import Localized

# Where insurers.schema.json lists the operators, in the order they are listed and sorted.
OPERATOR_ENUM = ("$defs", "link", "properties", "operator")
AFFECTED_OPERATORS = ("viamedis", "almerys")


def fold(text: str) -> str:
    """Case, accents and punctuation folded away: what a reader's typing is compared with.

    The JavaScript copy is overrides/assets/javascripts/lookup/fold.js, and the cases of
    tests/vectors/folding.json hold the two together: lower() with "ß" and a final sigma mapped as
    casefold() maps them, because casefold() has no JavaScript equivalent (it folds Cherokee to
    capitals), and every mark removed, because JavaScript's \\p{M} is what the browser has."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.category(char).startswith("M"))
    lowered = bare.lower().replace("ß", "ss").replace("ς", "σ")
    return re.sub(r"[\W_]+", " ", lowered).strip()


def lookup_key(text: str) -> str:
    """What two names must not share: "MSP", "M.S.P." and "msp" are one key."""
    return fold(text).replace(" ", "")


@yaml_record
@dataclass(frozen=True)
class OperatorLink:
    """One relationship between an insurer and an operator, as its sources give it."""

    operator: str
    operator_name: str | None
    start: str | None = field(metadata={"key": "from"})
    end: str | None = field(metadata={"key": "until"})
    basis: str
    basis_note: Localized | None
    note: Localized | None
    note_sources: tuple[str, ...]
    sources: tuple[str, ...]


@yaml_record
@dataclass(frozen=True)
class Notification:
    date: str | None
    channels: tuple[str, ...]
    text: Localized
    sources: tuple[str, ...]


@yaml_record
@dataclass(frozen=True)
class Insurer:
    slug: str
    name: str
    description: Localized | None
    aliases: tuple[str, ...]
    operators: tuple[OperatorLink, ...]
    notification: Notification | None
    own_notice: str | None
    notes: tuple[SourcedNote, ...]
    last_checked: str
    line: int | None
    operator_order: tuple[str, ...] = ()  # the schema's operators, in its order

    @property
    def operator_keys(self) -> tuple[str, ...]:
        """Its distinct operators, in the schema's order (for sorting and filtering)."""
        present = {link.operator for link in self.operators}
        return tuple(key for key in self.operator_order if key in present)

    @property
    def status(self) -> str:
        """What the record means for a member: affected, unknown, not-concerned or other."""
        keys = self.operator_keys
        if any(key in AFFECTED_OPERATORS for key in keys):
            return "affected"
        if "unknown" in keys:
            return "unknown"
        if "not-concerned" in keys:
            return "not-concerned"
        return "other"

    @property
    def only_reported(self) -> bool:
        """True when no link rests on the insurer's own notice."""
        return all(link.basis == "reported" for link in self.operators)

    def source_ids(self) -> Iterator[str]:
        for link in self.operators:
            yield from link.sources
            yield from link.note_sources
        if self.notification:
            yield from self.notification.sources
        for note in self.notes:
            yield from note.sources
        if self.own_notice:
            yield self.own_notice


@yaml_record
@dataclass(frozen=True)
class RemovedInsurer:
    slug: str
    name: str
    removed_on: str
    reason: Localized
    see_also: str | None
    line: int | None


@dataclass(frozen=True)
class InsurerList:
    listed: tuple[Insurer, ...]
    removed: tuple[RemovedInsurer, ...]
    operator_order: tuple[str, ...] = ()  # the schema's operators, in its order

    @cached_property
    def by_slug(self) -> dict[str, Insurer | RemovedInsurer]:
        """Every record by slug, built once (each insurer page looks itself up)."""
        return {record.slug: record for record in (*self.listed, *self.removed)}

    @cached_property
    def listed_by_slug(self) -> dict[str, Insurer]:
        return {insurer.slug: insurer for insurer in self.listed}

    def source_ids(self) -> set[str]:
        return {source_id for insurer in self.listed for source_id in insurer.source_ids()}


def read_insurers(data_dir: Path, display_dir: str = "data") -> tuple[
        InsurerList | None, YamlDocument | None, list[Problem]]:
    """The insurers, the parsed document (for cross-file checks) and every problem of the file."""
    document, problems = read_data_file(data_dir, "insurers", display_dir, record_key="slug")
    if document is None:
        return None, None, problems
    problems += _identity_problems(document)
    problems += french_text_problems(document, ("insurers", "removed"), "slug")
    if problems:
        return None, document, problems
    order = enum_of(load_schema(data_dir / "insurers.schema.json"), *OPERATOR_ENUM)
    listed = tuple(Insurer.from_yaml(record, line=document.line_of(("insurers", index)), operator_order=order)
                   for index, record in enumerate(document.data["insurers"]))
    removed = tuple(RemovedInsurer.from_yaml(record, line=document.line_of(("removed", index)))
                    for index, record in enumerate(document.data["removed"]))
    return InsurerList(listed, removed, order), document, problems


def _records(document: YamlDocument, key: str) -> Iterator[tuple[int, dict]]:
    data = document.data if isinstance(document.data, dict) else {}
    records = data.get(key)
    for index, record in enumerate(records if isinstance(records, list) else []):
        if isinstance(record, dict):
            yield index, record


def _identity_problems(document: YamlDocument) -> list[Problem]:
    """Duplicate slugs, and a name or alias that two insurers share. Checked on the raw data, so
    that these are reported together with any schema problem."""
    problems: list[Problem] = []
    slugs: dict[str, int | None] = {}
    names: dict[str, tuple[str, str, int | None]] = {}  # folded name -> (slug, as written, line)
    for key in ("insurers", "removed"):
        for index, record in _records(document, key):
            slug = record.get("slug")
            if not isinstance(slug, str):
                continue
            line = document.line_of((key, index, "slug"))
            if slug in slugs:
                problems.append(Problem(
                    document.display_path, f"duplicate slug {slug!r} (first at line {slugs[slug]})",
                    "give each insurer its own slug; a removed insurer keeps its slug only under `removed:`",
                    line=line, record=slug, field="slug"))
            slugs.setdefault(slug, line)
            if key == "insurers":
                problems += _name_problems(document, index, record, slug, names)
                problems += _period_problems(document, index, record, slug)
    listed_slugs = {record.get("slug") for _, record in _records(document, "insurers")
                    if isinstance(record.get("slug"), str)}  # a broken slug (a list...) is the schema's to report
    for index, record in _records(document, "removed"):
        see_also = record.get("see_also")
        if isinstance(see_also, str) and see_also not in listed_slugs:
            problems.append(Problem(
                document.display_path, f"see_also {see_also!r} is not the slug of a listed insurer",
                "point see_also at a slug under `insurers:`, or remove it",
                line=document.line_of(("removed", index, "see_also")), record=record.get("slug"), field="see_also"))
    return problems


def _name_problems(document: YamlDocument, index: int, record: dict, slug: str,
                   names: dict[str, tuple[str, str, int | None]]) -> list[Problem]:
    problems = []
    entries: list[tuple[Any, tuple]] = [(record.get("name"), ("insurers", index, "name"))]
    aliases = record.get("aliases")
    entries += [(alias, ("insurers", index, "aliases", position))
                for position, alias in enumerate(aliases if isinstance(aliases, list) else [])]
    own: set[str] = set()
    for value, path in entries:
        if not isinstance(value, str) or not lookup_key(value):
            continue
        folded, line = lookup_key(value), document.line_of(path)
        field = ".".join(map(str, path[2:]))
        if folded in own:
            problems.append(Problem(
                document.display_path, f"{value!r} repeats this insurer's name or another of its aliases",
                "remove the repeated alias", line=line, record=slug, field=field))
        elif folded in names:
            other_slug, other_value, other_line = names[folded]
            problems.append(Problem(
                document.display_path,
                f"{value!r} is also the name or an alias of insurer {other_slug!r} "
                f"({other_value!r}, line {other_line})",
                "a name or alias must lead to one insurer only: remove it from one of them",
                line=line, record=slug, field=field))
        else:
            names[folded] = (slug, value, line)
        own.add(folded)
    return problems


def _period_problems(document: YamlDocument, index: int, record: dict, slug: str) -> list[Problem]:
    problems = []
    links = record.get("operators")
    for position, link in enumerate(links if isinstance(links, list) else []):
        start, end = (link.get("from"), link.get("until")) if isinstance(link, dict) else (None, None)
        if isinstance(start, str) and isinstance(end, str) and start > end:
            problems.append(Problem(
                document.display_path, f"the period ends ({end}) before it starts ({start})",
                "swap or fix the dates", line=document.line_of(("insurers", index, "operators", position, "until")),
                record=slug, field=f"operators.{position}.until"))
    return problems
