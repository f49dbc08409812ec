"""Sourcing: a paragraph, list item or table row that states a figure, a date (a month name), a data
class (see ``DATA_CLASSES``) or an insurer-operator link (an operator and an insurer of the data in the
same block) carries at least one citation ``[@id]``.

This is a heuristic: headings, admonition titles and code are not checked, and a few technical
identifiers that are not facts about the breach are ignored (``WCAG 2.1``, ``RGAA``, ``CC BY 4.0``,
``360 px``). A statement about the site itself, which no source can back ("this site never asks for
your social security number"), is exempted by putting ``<!-- no-citation: why -->`` on one of its
lines; the reason is required and the marker is removed from the built page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from factbase.data.insurers import InsurerList
from factbase.data.problems import Problem
from factbase.pages.figures import NUMBER
from factbase.pages.markdown_page import Block, MarkdownPage, citation_ids

NO_CITATION = re.compile(r"<!--\s*no-citation\s*:?(.*?)-->")
NOT_A_FACT = re.compile(
    r"\b(?:WCAG|RGAA)(?:\s?\d+(?:\.\d+)*)?|\bCC BY(?:-SA)? \d\.\d|\b\d+\s?px\b", re.IGNORECASE)

MONTHS = re.compile(
    r"\b(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    r"|January|February|March|April|June|July|August|September|October|November|December)\b"
    r"|\bMay\s+\d|\d\s+May\b", re.IGNORECASE)
_APOSTROPHE = "['’]"
DATA_CLASSES = re.compile(
    r"\b(?:num[ée]ros? de s[ée]curit[ée] sociale|social security numbers?"
    r"|dates? de naissance|dates? of birth|[ée]tat civil|civil status"
    r"|rangs? de naissance|birth ranks?|lieux? de naissance|places? of birth"
    rf"|num[ée]ros? d{_APOSTROPHE}adh[ée]rent|member numbers?|num[ée]ros? de contrat|contract numbers?"
    r"|garanties (?:du|de votre|des) contrats?|guarantees of (?:the|your) contract"
    rf"|nom de (?:l{_APOSTROPHE}|votre )(?:assureur|organisme)|name of (?:the|your) (?:health )?insurer"
    r"|coordonn[ée]es bancaires|bank details|adresses? postales?|postal address(?:es)?"
    r"|num[ée]ros? de t[ée]l[ée]phone|phone numbers?"
    r"|adresses? (?:e-mail|électronique|mail)|e-mail address(?:es)?|donn[ée]es m[ée]dicales|medical data)\b"
    r"|\b(?:NIR|RIB|IBAN|FINESS|SIRET)\b", re.IGNORECASE)
_ACRONYMS = {"nir", "rib", "iban", "finess", "siret"}
OPERATORS = re.compile(r"\b(?:Viamedis|Almerys|Almérys)\b")


def insurer_names(insurers: InsurerList) -> list[str]:
    """The listed insurers' names and aliases longer than two characters, from the build's dataset."""
    return sorted({text for insurer in insurers.listed for text in (insurer.name, *insurer.aliases) if len(text) > 2})


def names_pattern(names: Iterable[str]) -> re.Pattern | None:
    names = sorted({name for name in names if name}, key=len, reverse=True)
    if not names:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")


def _trigger(text: str, insurers: re.Pattern | None) -> str | None:
    """Why a block needs a citation, or None."""
    text = NOT_A_FACT.sub(" ", text)
    number = NUMBER.search(text)
    if number:
        return f"states a figure ({number.group(0)!r})"
    month = MONTHS.search(text)
    if month:
        return f"gives a date ({month.group(0)!r})"
    for match in DATA_CLASSES.finditer(text):
        if match.group(0).lower() in _ACRONYMS and not match.group(0).isupper():
            continue
        return f"names a data class ({match.group(0)!r})"
    operator = OPERATORS.search(text)
    # Only looked for beside an operator: with synthetic data, the pattern holds thousands of names.
    insurer = insurers.search(text) if insurers and operator else None
    if insurer:
        return f"links an insurer to an operator ({insurer.group(0)!r}, {operator.group(0)!r})"
    return None


def sourcing_problems(page: MarkdownPage, insurers: re.Pattern | None = None) -> list[Problem]:
    problems = []
    for block in page.blocks:
        if block.kind in ("heading", "title"):
            continue
        opt_out = NO_CITATION.search(block.raw)
        if opt_out:
            if not opt_out.group(1).strip():
                problems.append(Problem(
                    page.path, "<!-- no-citation --> without a reason",
                    "write why no source applies, e.g. <!-- no-citation: describes this site itself -->",
                    line=block.line))
            continue
        if citation_ids(block.raw):
            continue
        reason = _trigger(block.prose, insurers)
        if reason:
            problems.append(Problem(
                page.path, f"this {_kind_name(block)} {reason} but cites no source",
                "add [@source-id] (an id of data/sources.yaml) to it; if it only describes this site "
                "itself, mark it with <!-- no-citation: why -->", line=block.line))
    return problems


def _kind_name(block: Block) -> str:
    return {"item": "list item", "row": "table row"}.get(block.kind, "paragraph")


def strip_no_citation_markers(markdown: str) -> str:
    """Remove the opt-out markers before rendering: they are for maintainers, not readers."""
    return NO_CITATION.sub("", markdown)
