"""What the insurer lookup knows besides the insurers (data/lookup.yaml), as typed records.

The matching itself is JavaScript (overrides/assets/javascripts/lookup/match.js); this module only
loads the lists it uses, so that they live in one file that both languages of the site, the
matching module and its tests read.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from factbase.data.datafile import read_data_file
from factbase.data.insurers import InsurerList, fold
from factbase.data.problems import Problem
from factbase.data.yamlfile import YamlDocument
from factbase.text.localized import Localized

WORD_LISTS = ("stop_words", "generic_words", "group_names")


@dataclass(frozen=True)
class OperatorName:
    operator: str
    name: str
    forms: tuple[str, ...]
    text: Localized
    sources: tuple[str, ...]

    @property
    def folded_forms(self) -> tuple[str, ...]:
        """The name and its other forms, folded, without repeats ("Viamédis" is "viamedis")."""
        return tuple(dict.fromkeys(fold(form) for form in (self.name, *self.forms)))


@dataclass(frozen=True)
class LookupTerms:
    stop_words: tuple[str, ...]
    generic_words: tuple[str, ...]
    group_names: tuple[str, ...]
    operators: tuple[OperatorName, ...]
    dont_know_phrases: tuple[str, ...]
    dont_know_text: Localized
    dont_know_sources: tuple[str, ...]

    def source_ids(self) -> Iterator[str]:
        for operator in self.operators:
            yield from operator.sources
        yield from self.dont_know_sources


def read_lookup_terms(data_dir: Path, display_dir: str = "data") -> tuple[
        LookupTerms | None, YamlDocument | None, list[Problem]]:
    document, problems = read_data_file(data_dir, "lookup", display_dir, record_key="operator")
    if document is None or problems:
        return None, document, problems
    data = document.data
    problems += _fold_problems(document)
    if problems:
        return None, document, problems
    operators = tuple(OperatorName(record["operator"], record["name"], tuple(record["forms"]),
                                   Localized.from_data(record["text"]), tuple(record["sources"]))
                      for record in data["operators"])
    dont_know = data["dont_know"]
    terms = LookupTerms(
        stop_words=tuple(data["stop_words"]), generic_words=tuple(data["generic_words"]),
        group_names=tuple(data["group_names"]), operators=operators,
        dont_know_phrases=tuple(dont_know["phrases"]), dont_know_text=Localized.from_data(dont_know["text"]),
        dont_know_sources=tuple(dont_know["sources"]))
    return terms, document, problems


def _fold_problems(document: YamlDocument) -> list[Problem]:
    """A word in two lists, and an operator name that another operator also answers to."""
    problems = []
    seen: dict[str, str] = {}
    for key in WORD_LISTS:
        for index, word in enumerate(document.data[key]):
            if word in seen and seen[word] != key:
                problems.append(Problem(
                    document.display_path, f"{word!r} is in both {seen[word]} and {key}",
                    "keep each word in one list only", line=document.line_of((key, index)), field=key))
            seen.setdefault(word, key)
    owners: dict[str, str] = {}
    for index, record in enumerate(document.data["operators"]):
        for position, form in enumerate((record["name"], *record["forms"])):
            folded = fold(form)
            path = ("operators", index, "name") if position == 0 else ("operators", index, "forms", position - 1)
            field = "name" if position == 0 else f"forms.{position - 1}"
            if not folded:
                problems.append(Problem(document.display_path, f"{form!r} has no letter or digit",
                                        "write the name as readers type it", line=document.line_of(path),
                                        record=record["operator"], field=field))
            elif owners.get(folded, record["operator"]) != record["operator"]:
                problems.append(Problem(
                    document.display_path, f"{form!r} is also a form of operator {owners[folded]!r}",
                    "a form must lead to one operator only", line=document.line_of(path),
                    record=record["operator"], field=field))
            owners.setdefault(folded, record["operator"])
    return problems


def insurer_problems(terms: LookupTerms, document: YamlDocument, insurers: InsurerList,
                     insurers_file: str) -> list[Problem]:
    """Names that the lookup could not tell apart from an operator, or could never find: an
    insurer named like an operator, or whose name holds nothing but set-aside words."""
    problems = []
    operator_forms = {form: operator.operator for operator in terms.operators for form in operator.folded_forms}
    groups = set(terms.group_names)
    set_aside = groups | set(terms.stop_words) | set(terms.generic_words)
    for insurer in insurers.listed:
        for value in (insurer.name, *insurer.aliases):
            folded = fold(value)
            words = folded.split()
            if folded in operator_forms:
                problems.append(Problem(
                    insurers_file, f"{value!r} is the name of the operator {operator_forms[folded]!r} "
                    f"in {document.display_path}", "an insurer cannot be named like an operator: check the record",
                    line=insurer.line, record=insurer.slug))
            elif words and any(word in groups for word in words) and all(word in set_aside for word in words):
                problems.append(Problem(
                    insurers_file, f"{value!r} is a group name (group_names of {document.display_path})",
                    "a group is never a record: a source that names a group says nothing about each of its "
                    "members; list the members that a source names", line=insurer.line, record=insurer.slug))
            elif words and all(word in terms.stop_words for word in words):
                problems.append(Problem(
                    insurers_file, f"{value!r} holds only words that the lookup sets aside "
                    f"(stop_words of {document.display_path})", "give the insurer's own name, or an alias "
                    "that readers type", line=insurer.line, record=insurer.slug))
    return problems
