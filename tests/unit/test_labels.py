"""The interface's labels, one file per site language (factbase/text/labels/<language>.yaml): the same
keys in every file, each label one string with the same {placeholders}, and the English reading aid of
the French letter in every language but the letter's."""

from __future__ import annotations

import string
from collections.abc import Mapping
from pathlib import Path

import pytest
import yaml

from factbase.render.letter import LETTER_LANGUAGE
from factbase.text.lang import DEFAULT_LANGUAGE, LANGUAGES
from factbase.text.localized import LABEL_FOLDER, label_table, reading_aid_table

REFERENCE = DEFAULT_LANGUAGE  # French: the other files translate it key for key
TRANSLATIONS = [language for language in LANGUAGES if language != REFERENCE]
SECTIONS = {"labels", "reading_aid"}


def label_file(language: str) -> Path:
    return LABEL_FOLDER / f"{language}.yaml"


def key_differences(reference: Mapping[str, str], other: Mapping[str, str], other_name: str) -> list[str]:
    """One line per key that one file has and the other lacks, in the order of the files."""
    return ([f"{other_name} lacks {key!r}, which {REFERENCE}.yaml has" for key in reference if key not in other]
            + [f"{other_name} has {key!r}, which {REFERENCE}.yaml lacks" for key in other if key not in reference])


def placeholders(text: object) -> set[str]:
    """The {names} that the code fills in (none in a value that is not a string: another test reports it)."""
    if not isinstance(text, str):
        return set()
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def not_strings(table: Mapping, where: str) -> list[str]:
    return [f"{where}: {key!r} is {value!r}, not a text" for key, value in table.items()
            if not isinstance(value, str) or not value]


def test_one_label_file_per_language():
    assert sorted(path.name for path in LABEL_FOLDER.iterdir()) == sorted(f"{lang}.yaml" for lang in LANGUAGES)


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_every_file_has_the_keys_of_the_french_one(language):
    problems = key_differences(label_table(REFERENCE), label_table(language), f"{language}.yaml")
    assert not problems, "add or remove each key in every file of factbase/text/labels/:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_a_translation_keeps_the_placeholders(language):
    reference, other = label_table(REFERENCE), label_table(language)
    problems = [f"{key}: {sorted(placeholders(other[key]))} in {language}.yaml, {sorted(placeholders(text))} in "
                f"{REFERENCE}.yaml" for key, text in reference.items()
                if key in other and placeholders(other[key]) != placeholders(text)]
    assert not problems, "the code fills in {name} by its name:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_label_is_one_text(language):
    sections = yaml.safe_load(label_file(language).read_text(encoding="utf-8"))
    assert isinstance(sections, dict) and "labels" in sections and set(sections) <= SECTIONS, (
        f"{language}.yaml: top-level keys {sorted(sections or {})}, expected labels (and reading_aid)")
    problems = [*not_strings(label_table(language), f"{language}.yaml labels"),
                *not_strings(reading_aid_table(language), f"{language}.yaml reading_aid")]
    assert not problems, "write each one as a string in double quotes:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_only_other_languages_have_a_reading_aid_of_the_letter(language):
    # The letter is French on every page; the other languages show what each paragraph says.
    # (tests/unit/test_tools.py: its keys are the letter's paragraphs.)
    assert bool(reading_aid_table(language)) == (language != LETTER_LANGUAGE)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_key_is_written_twice(language):
    # YAML keeps the last of two equal keys without a word, which would hide the first text.
    path = label_file(language)
    nodes = [yaml.compose(path.read_text(encoding="utf-8"))]
    twice = []
    while nodes:
        node = nodes.pop()
        if isinstance(node, yaml.MappingNode):
            seen = set()
            for key, value in node.value:
                if key.value in seen:
                    twice.append(f"{path.name}:{key.start_mark.line + 1}: {key.value!r} again")
                seen.add(key.value)
                nodes.append(value)
    assert not twice, "\n".join(twice)
