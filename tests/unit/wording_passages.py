"""The text that the wording rules of test_fact_wording.py read, as passages: every paragraph of the
pages, every string of the data files and of the published schemas, the letter's paragraphs and the
interface's labels."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from html import unescape
from pathlib import Path

import yaml

from factbase.pages.markdown_page import MarkdownPage, citation_ids, prose
from factbase.text.lang import LANGUAGES
from factbase.text.localized import LABEL_FOLDER, label_table, reading_aid_table
from tests.conftest import ROOT


@dataclass(frozen=True)
class Passage:
    """One paragraph, list item or data string, as a reader sees it."""

    where: str  # file:line, or file (record, field)
    file: str
    language: str | None  # "fr", "en", or None when the text is in both or neither
    raw: str  # with its citations [@id]
    text: str  # what the reader sees
    sources: tuple[str, ...] = ()  # for data strings: the sources of their record

    def segments(self) -> Iterator[tuple[str, tuple[str, ...]]]:
        """(text, cited ids) for each stretch of text that ends with a citation group; a data string
        is one stretch, cited by its record's sources."""
        if self.sources:
            yield self.text, self.sources
            return
        start = 0
        for match in re.finditer(r"\[@[^\]]*\]", self.raw):
            yield prose(self.raw[start:match.start()]), tuple(citation_ids(match.group(0)))
            start = match.end()

    def sentences(self) -> list[str]:
        return [part for part in re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Ý«\"“*])", self.text) if part]


def _page_passages(path: Path) -> Iterator[Passage]:
    name = path.relative_to(ROOT).as_posix()
    page = MarkdownPage(name, path.read_text(encoding="utf-8"))
    title = page.front_matter.get("title")
    if isinstance(title, str):
        yield Passage(f"{name}:2", name, page.language, title, title)
    for block in page.blocks:
        yield Passage(f"{name}:{block.line}", name, page.language, block.raw, block.prose)


def _data_strings(node, path: tuple[str, ...], sources: tuple[str, ...]) -> Iterator[tuple[tuple, str, tuple]]:
    if isinstance(node, dict):
        own = node.get("sources")
        cites = isinstance(own, list) and all(isinstance(item, str) for item in own)  # a record's source ids
        scope = tuple(own) if cites else sources
        for key, value in node.items():
            if key in ("id", "slug", "url") or (key in ("sources", "note_sources") and cites):
                continue
            yield from _data_strings(value, (*path, str(key)), scope)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _data_strings(value, (*path, str(index)), sources)
    elif isinstance(node, str):
        yield path, node, sources


def _data_passages(path: Path) -> Iterator[Passage]:
    name = path.relative_to(ROOT).as_posix()
    if path.suffix == ".json":
        document = json.loads(path.read_text(encoding="utf-8"))
    else:
        document = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    for keys, text, sources in _data_strings(document, (), ()):
        language = keys[-1] if keys and keys[-1] in ("fr", "en") else None
        yield Passage(f"{name} ({'.'.join(keys)})", name, language, text, text, sources)


def _letter_passages() -> Iterator[Passage]:
    name = "overrides/fragments/gdpr-letter.html"
    html = (ROOT / name).read_text(encoding="utf-8")
    for number, line in enumerate(html.splitlines(), start=1):
        if "data-part" in line:
            text = unescape(re.sub(r"<[^>]+>", "", line)).strip()
            yield Passage(f"{name}:{number}", name, "fr", text, text)


def _label_passages() -> Iterator[Passage]:
    for language in LANGUAGES:
        name = (LABEL_FOLDER / f"{language}.yaml").resolve().relative_to(ROOT).as_posix()
        for table_name, table in (("labels", label_table(language)), ("reading_aid", reading_aid_table(language))):
            for key, text in table.items():
                yield Passage(f"{name} ({table_name}.{key})", name, language, text, text)


def pages() -> list[Passage]:
    return [passage for path in sorted((ROOT / "docs").glob("*.md")) for passage in _page_passages(path)]


def data() -> list[Passage]:
    files = [*sorted((ROOT / "data").glob("*.yaml")), *sorted((ROOT / "data").glob("*.schema.json"))]
    return [passage for path in files if path.name != "published-urls.txt" for passage in _data_passages(path)]


def everything() -> list[Passage]:
    return [*pages(), *data(), *_letter_passages(), *_label_passages()]
