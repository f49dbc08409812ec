"""The rules every page keeps, checked on the Markdown files themselves, every problem at once.

- **Twins.** Every ``name.fr.md`` has a ``name.en.md`` and the reverse (any folder, generated pages
  included: they pass when they are generated in pairs).
- **Parity.** Twins have the same headings (level and explicit anchor, in order). Section by
  section (sections are keyed by anchor), they have the same set of citation ids, the same internal
  links and the same figures (numbers, compared after removing thousands separators, so
  ``15 000`` = ``15,000`` and ``2,5`` = ``2.5``; ``15 h 30`` = ``15:30``).
- **Anchors.** Every ``##`` and ``###`` heading ends with ``{#id}``: lowercase ASCII letters, digits
  and hyphens, unique on the page. ``page-sources`` and ``cite-…`` are taken by the citation notes.
- **Freshness.** The front matter has ``reviewed: YYYY-MM-DD``, a real date.
- **Sourcing.** A paragraph, list item or table row that states a figure, a date (a month name), a
  data class (see ``DATA_CLASSES``) or an insurer-operator link (an operator and an insurer of
  ``data/insurers.yaml`` in the same block) carries at least one citation ``[@id]``. This is a
  heuristic: headings, admonition titles and code are not checked, and a few technical identifiers
  that are not facts about the breach are ignored (``WCAG 2.1``, ``RGAA``, ``CC BY 4.0``, ``360 px``).
  A statement about the site itself, which no source can back ("this site never asks for your
  social security number"), is exempted by putting ``<!-- no-citation: why -->`` on one of its
  lines; the reason is required and the marker is removed from the built page.
- **En bref** (contracts §1). Every hand-written page opens with its answer: right after its ``# Title``
  line comes ``!!! in-short "En bref"`` (``"In short"`` in English), holding 1 to 3 list points of at most
  20 words each, citations not counted. The generated insurer pages get theirs from their template.
- **Folding** (contracts §2). ``fold:``, when a page sets it, is 2 or 3: the heading level whose
  sections fold (factbase.pages.page_shape does the folding).
- **French typography** (``*.fr.md``). A non-breaking space (U+00A0, or U+202F) and never a plain
  space before ``: ; ! ?`` and inside ``« »``; no straight ``"`` quotes in the text.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from factbase.data.problems import Problem
from factbase.pages.markdown_page import (
    HEADING,
    TABLE_DELIMITER,
    Block,
    MarkdownPage,
    citation_ids,
    heading_parts,
    internal_links,
    prose,
)
from factbase.pages.page_shape import FOLD_LEVELS
from factbase.text.lang import DEFAULT_LANGUAGE, LANGUAGES
from factbase.text.localized import format_date, label
from factbase.text.urls import INSURER_FOLDER

ANCHOR_FORM = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Ids the build gives to elements of every page; a heading may not take them.
RESERVED_ANCHORS = {"page-sources": "the citation notes", "en-bref": "the En bref block"}
RESERVED_ANCHOR_PREFIXES = ("cite-",)
NO_CITATION = re.compile(r"<!--\s*no-citation\s*:?(.*?)-->")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# Figures: 15 000 / 15,000 / 15 452 549 (groups of three), 2,5 / 2.5, 15 h 30 / 15:30, plain digits.
_TIME = re.compile(r"(?<![\d:])(\d{1,2})(?:\s?h\s?(\d{2})?\b|:(\d{2})\b)")
# A number stands alone (not inside a name such as BL2C); an ordinal suffix (1er, 1st) is allowed.
_NUMBER = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[ \u00a0\u202f,]\d{3})+|\d+(?:[.,]\d+)?)(?:er|re|ème|e|st|nd|rd|th)?(?!\w)")
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


@dataclass(frozen=True)
class Figure:
    line: int
    value: str  # normalised, e.g. "15000"
    text: str  # as written, e.g. "15 000"


# Loading


def load_pages(docs_dir: Path, display_root: Path) -> list[MarkdownPage]:
    pages = []
    for path in sorted(docs_dir.rglob("*.md")):
        shown = path.relative_to(display_root) if path.is_relative_to(display_root) else path
        pages.append(MarkdownPage(str(shown), path.read_text(encoding="utf-8")))
    return pages


def insurer_names(data_dir: Path) -> list[str]:
    """Names and aliases from data/insurers.yaml, when that file exists (its own loader validates it)."""
    path = data_dir / "insurers.yaml"
    if not path.exists():
        return []
    # libyaml when present: this runs on every rebuild of `make serve`.
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
    names: list[str] = []
    for record in data.get("insurers", []) if isinstance(data, dict) else []:
        if not isinstance(record, dict):
            continue
        for value in [record.get("name"), *(record.get("aliases") or [])]:
            texts = value.values() if isinstance(value, dict) else [value]
            names += [text for text in texts if isinstance(text, str) and len(text) > 2]
    return sorted(set(names))


# All rules


def page_problems(pages: Sequence[MarkdownPage], insurers: Iterable[str] = ()) -> list[Problem]:
    insurer_pattern = _names_pattern(insurers)
    problems = twin_problems(pages)
    for page in pages:
        problems += anchor_problems(page)
        problems += freshness_problems(page)
        problems += in_short_problems(page)
        problems += fold_problems(page)
        problems += sourcing_problems(page, insurer_pattern)
        if page.language == "fr":
            problems += typography_problems(page)
    for reference, twin in twins(pages):
        problems += parity_problems(reference, twin)
    return problems


# Twins


def _stem(page: MarkdownPage) -> str:
    return re.sub(r"\.[a-z]{2}\.md$", "", page.path)


def twin_problems(pages: Sequence[MarkdownPage]) -> list[Problem]:
    problems = []
    by_stem: dict[str, dict[str, MarkdownPage]] = {}
    for page in pages:
        if page.language not in LANGUAGES:
            problems.append(Problem(
                page.path, "a page file must be named name.<language>.md",
                f"rename it to {page.path.removesuffix('.md')}.{DEFAULT_LANGUAGE}.md and add its "
                f"translation{'s' if len(LANGUAGES) > 2 else ''} beside it"))
            continue
        by_stem.setdefault(_stem(page), {})[page.language] = page
    for stem, found in sorted(by_stem.items()):
        for language in LANGUAGES:
            if language not in found:
                present = next(iter(found.values()))
                problems.append(Problem(
                    present.path, f"no {language} twin: {stem}.{language}.md is missing",
                    f"add {stem}.{language}.md, translating this page (same headings, anchors, "
                    "citations, links and figures)"))
    return problems


def twins(pages: Sequence[MarkdownPage]) -> list[tuple[MarkdownPage, MarkdownPage]]:
    """(reference page, translation) for every pair that exists."""
    by_key = {(_stem(page), page.language): page for page in pages}
    return [(by_key[(stem, DEFAULT_LANGUAGE)], by_key[(stem, language)])
            for (stem, language) in sorted(by_key)
            if language != DEFAULT_LANGUAGE and (stem, DEFAULT_LANGUAGE) in by_key]


# Anchors


def anchor_problems(page: MarkdownPage) -> list[Problem]:
    problems = []
    seen: dict[str, int] = {}
    for heading in page.headings:
        shown = f"{'#' * heading.level} {heading.text}"
        if heading.anchor is None:
            if heading.level in (2, 3):
                problems.append(Problem(
                    page.path, f"heading {shown!r} has no explicit anchor",
                    "end the heading with {#an-id}: lowercase ASCII letters, digits and hyphens, "
                    "the same id in every language", line=heading.line))
            continue
        if not ANCHOR_FORM.match(heading.anchor):
            problems.append(Problem(
                page.path, f"anchor #{heading.anchor} of {shown!r} has the wrong form",
                "use lowercase ASCII letters, digits and hyphens only (e.g. {#que-faire})", line=heading.line))
        if heading.anchor in RESERVED_ANCHORS or heading.anchor.startswith(RESERVED_ANCHOR_PREFIXES):
            what = RESERVED_ANCHORS.get(heading.anchor, "the citation notes")
            problems.append(Problem(
                page.path, f"anchor #{heading.anchor} is reserved for {what}",
                "choose another id", line=heading.line))
        if heading.anchor in seen:
            problems.append(Problem(
                page.path, f"anchor #{heading.anchor} is used twice on this page (first at line "
                f"{seen[heading.anchor]})", "give each heading its own id", line=heading.line))
        seen.setdefault(heading.anchor, heading.line)
    return problems


# Freshness


def reviewed_date(front_matter: dict) -> dt.date | None:
    """The page's `reviewed:` date, or None when it is missing or not a real date."""
    value = front_matter.get("reviewed")
    if isinstance(value, dt.datetime):
        return None
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and ISO_DATE.match(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def reviewed_note(front_matter: dict, language: str) -> dict[str, str] | None:
    """What the page footer shows: "Page revue le 25 novembre 2026", with the ISO date for <time>."""
    day = reviewed_date(front_matter)
    if day is None:
        return None
    return {"label": label(language, "reviewed_on"), "iso": day.isoformat(),
            "text": format_date(day.isoformat(), language)}


def freshness_problems(page: MarkdownPage) -> list[Problem]:
    if "reviewed" not in page.front_matter:
        return [Problem(page.path, "no `reviewed:` date in the front matter",
                        "add `reviewed: YYYY-MM-DD` (the day the page was last checked against its "
                        "sources) between the --- lines at the top", line=1)]
    if reviewed_date(page.front_matter) is None:
        value = page.front_matter["reviewed"]
        return [Problem(page.path, f"reviewed: {value!s} is not a real date in the form YYYY-MM-DD",
                        "write a real calendar date, e.g. reviewed: 2026-11-25",
                        line=page.front_matter_line("reviewed"))]
    return []


# En bref: the page's answer, first

IN_SHORT_TYPE = "in-short"
IN_SHORT_MAX_POINTS = 3
IN_SHORT_MAX_WORDS = 20
_EMPTY = re.compile(r"^\s*(?:<!--.*?-->\s*)*$")  # nothing a reader sees: blank, or a comment
_POINT = re.compile(r"^(?:[-*+]|\d+[.)])[ \t]+")
_IN_SHORT = re.compile(r"^(!!!|\?\?\?\+?)[ \t]+in-short\b(?:[ \t]+\"(.*)\")?[ \t]*$")
# A word: letters or digits, held together by an apostrophe, a hyphen or a dot (l'assurance, e-mail,
# ameli.fr); a number written 33 000 counts as two words.
_WORD = re.compile(r"\w+(?:[.'’-]\w+)*")


def in_short_title(language: str) -> str:
    return label(language, "in_short")


def word_count(text: str) -> int:
    """Words a reader reads in one line of Markdown: citations, links' targets and markup left out."""
    return len(_WORD.findall(prose(text)))


def _is_generated(page: MarkdownPage) -> bool:
    return f"/{INSURER_FOLDER}/" in f"/{page.path}"


def _in_short_fix(language: str) -> str:
    return (f'put it right after the title and a blank line: !!! in-short "{in_short_title(language)}", a blank line, '
            f"then 1 to {IN_SHORT_MAX_POINTS} points indented by four spaces (    - …), each of at most "
            f"{IN_SHORT_MAX_WORDS} words with its [@source-id]")


def in_short_problems(page: MarkdownPage) -> list[Problem]:
    """The page opens with its "En bref" block: 1 to 3 short points, right after the # Title line."""
    if page.language not in LANGUAGES or _is_generated(page):
        return []
    title = in_short_title(page.language)
    lines = [(number, line) for number, line in page.body if not _EMPTY.match(line)]
    if not lines or not re.match(r"^#[ \t]", lines[0][1]):
        return [Problem(page.path, "the page does not start with its # Title line",
                        "begin the text, after the front matter, with the page title: # …",
                        line=lines[0][0] if lines else 1)]
    title_line = lines[0][0]
    if len(lines) == 1 or not _IN_SHORT.match(lines[1][1]):
        later = next((number for number, line in lines[1:] if _IN_SHORT.match(line)), None)
        if later:
            message = f'the "{title}" block is at line {later}, not right after the title (line {title_line})'
        elif len(lines) > 1:
            message = f'the page does not open with its "{title}" block: line {lines[1][0]} comes first'
        else:
            message = f'the page has no "{title}" block after its title'
        return [Problem(page.path, message, _in_short_fix(page.language),
                        line=lines[1][0] if len(lines) > 1 else title_line)]
    start, head = lines[1]
    opener, given = _IN_SHORT.match(head).groups()
    problems = []
    if opener != "!!!":
        problems.append(Problem(page.path, f'the "{title}" block is collapsible ({opener}): the answer must show',
                                f'write !!! in-short "{title}"', line=start))
    if given != title:
        shown = f'"{given}"' if given is not None else "missing"
        problems.append(Problem(page.path, f'the "{title}" block\'s title is {shown}',
                                f'write !!! in-short "{title}" on a {page.language} page', line=start))
    points, stray = _in_short_points(page, start)
    for number in stray:
        problems.append(Problem(
            page.path, f'the "{title}" block holds text that is not one of its points (line {number})',
            "write each point as a list item indented by four spaces (    - …); other text goes below the block",
            line=number))
    if not 1 <= len(points) <= IN_SHORT_MAX_POINTS:
        problems.append(Problem(
            page.path, f'the "{title}" block has {len(points)} points; it holds 1 to {IN_SHORT_MAX_POINTS}',
            "keep the points that answer the reader's question; the rest belongs in the page", line=start))
    for index, (number, text) in enumerate(points, start=1):
        words = word_count(text)
        if words > IN_SHORT_MAX_WORDS:
            problems.append(Problem(
                page.path, f'point {index} of the "{title}" block has {words} words; at most '
                f"{IN_SHORT_MAX_WORDS} (citations not counted)",
                "shorten it to one idea in plain words; the detail belongs in the page", line=number))
    return problems


def _in_short_points(page: MarkdownPage, start: int) -> tuple[list[tuple[int, str]], list[int]]:
    """The block's points, as (line, text), and the lines of anything else in it."""
    points: list[tuple[int, str]] = []
    stray: list[int] = []
    after_blank = False
    for number, line in page.body:
        if number <= start:
            continue
        if not line.strip():
            after_blank = True
            continue
        indent = len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())
        if indent < 4:
            break  # the block ends at the first line that is not indented
        inner = line.expandtabs(4)[4:]
        if _POINT.match(inner):
            points.append((number, inner))
        elif points and not after_blank:
            points[-1] = (points[-1][0], f"{points[-1][1]} {inner.strip()}")
        else:
            stray.append(number)
        after_blank = False
    return points, stray


# Folding


def fold_problems(page: MarkdownPage) -> list[Problem]:
    if "fold" not in page.front_matter:
        return []
    value = page.front_matter["fold"]
    if isinstance(value, int) and not isinstance(value, bool) and value in FOLD_LEVELS:
        return []
    return [Problem(page.path, f"fold: {value!s} is not a heading level that folds",
                    "write fold: 2 (each ## section folds under its heading) or fold: 3 (each ### section), "
                    "or remove the key", line=page.front_matter_line("fold"))]


# Sourcing


def _names_pattern(names: Iterable[str]) -> re.Pattern | None:
    names = sorted({name for name in names if name}, key=len, reverse=True)
    if not names:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")


def _trigger(text: str, insurers: re.Pattern | None) -> str | None:
    """Why a block needs a citation, or None."""
    text = NOT_A_FACT.sub(" ", text)
    number = _NUMBER.search(text)
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
    insurer = insurers.search(text) if insurers else None
    if operator and insurer:
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


# French typography

_SPACE_BEFORE = re.compile(r" +([:;!?])")
_AFTER_OPEN = re.compile(r"«(?![\u00a0\u202f])")
_BEFORE_CLOSE = re.compile(r"(?<![\u00a0\u202f])»")


def typography_problems(page: MarkdownPage) -> list[Problem]:
    lines = [(number, prose(line)) for number, line in page.body if not TABLE_DELIMITER.match(line)]
    for key in ("title", "description"):
        if isinstance(page.front_matter.get(key), str):
            lines.append((page.front_matter_line(key) or 1, page.front_matter[key]))
    problems = []
    for number, text in lines:
        for match in _SPACE_BEFORE.finditer(text):
            problems.append(Problem(
                page.path, f"plain space before {match.group(1)!r} in {_excerpt(text, match.start())!r}",
                f"type a non-breaking space (U+00A0) before {match.group(1)!r}", line=number))
        for pattern, where in ((_AFTER_OPEN, "after «"), (_BEFORE_CLOSE, "before »")):
            for match in pattern.finditer(text):
                problems.append(Problem(
                    page.path, f"no non-breaking space {where} in {_excerpt(text, match.start())!r}",
                    f"type a non-breaking space (U+00A0) {where}", line=number))
        if '"' in text:
            problems.append(Problem(
                page.path, f"straight quotes in French text: {_excerpt(text, text.index(chr(34)))!r}",
                "write « guillemets » with non-breaking spaces inside", line=number))
    return problems


def _excerpt(text: str, at: int) -> str:
    start, end = max(0, at - 20), min(len(text), at + 20)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


# Parity


def figures(text: str, line: int = 0) -> list[Figure]:
    found = []
    for match in _TIME.finditer(text):
        minutes = match.group(2) or match.group(3) or "00"
        found.append(Figure(line, f"{int(match.group(1))}:{minutes}", match.group(0).strip()))
    text = _TIME.sub(" ", text)
    for match in _NUMBER.finditer(text):
        written = match.group(1)
        if re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f,]\d{3})+", written):
            value = re.sub(r"[ \u00a0\u202f,]", "", written)
        else:
            value = written.replace(",", ".")
        found.append(Figure(line, value, written))
    return found


@dataclass
class _Section:
    anchor: str
    line: int
    citations: dict[str, int]
    links: list[tuple[str, int]]
    figures: list[Figure]


def _sections(page: MarkdownPage) -> dict[str, _Section]:
    sections = {"": _Section("", 1, {}, [], [])}
    current = sections[""]
    for block in page.blocks:
        heading = HEADING.match(block.lines[0][1]) if block.kind == "heading" else None
        if heading and len(heading.group(1)) > 1:
            # A heading without an anchor (or with a repeated one) still closes the section before
            # it; its own section matches nothing in the twin, so its content is not compared.
            _, anchor = heading_parts(heading.group(2))
            key = anchor if anchor and anchor not in sections else f"line {block.line}"
            current = sections[key] = _Section(key, block.line, {}, [], [])
        for number, text in block.lines:
            current.figures += figures(prose(text), number)
            for source_id in citation_ids(text):
                current.citations.setdefault(source_id, number)
            current.links += [(link.target, link.line) for link in internal_links(text, number)]
    return sections


def parity_problems(reference: MarkdownPage, twin: MarkdownPage) -> list[Problem]:
    problems = _heading_problems(reference, twin)
    ours, theirs = _sections(reference), _sections(twin)
    for anchor in ours.keys() & theirs.keys():
        a, b = ours[anchor], theirs[anchor]
        where = f"section #{anchor}" if anchor else "the top of the page"
        for source_id in sorted(a.citations.keys() - b.citations.keys()):
            problems.append(_missing(reference, twin, a.citations[source_id], f"citation [@{source_id}]", where, b))
        for source_id in sorted(b.citations.keys() - a.citations.keys()):
            problems.append(_missing(twin, reference, b.citations[source_id], f"citation [@{source_id}]", where, a))
        problems += _counted(reference, twin, where, a, b, [(t, n, t) for t, n in a.links],
                             [(t, n, t) for t, n in b.links], "link to")
        problems += _counted(reference, twin, where, a, b, [(f.value, f.line, f.text) for f in a.figures],
                             [(f.value, f.line, f.text) for f in b.figures], "figure")
    return problems


def _missing(page: MarkdownPage, other: MarkdownPage, line: int, what: str, where: str,
             other_section: _Section) -> Problem:
    return Problem(page.path, f"{what} is not in {where} of {other.path} (line {other_section.line})",
                   "give both languages the same citations, links and figures, or correct the one that is wrong",
                   line=line)


def _counted(reference, twin, where, a, b, ours, theirs, what) -> list[Problem]:
    count_a, count_b = Counter(v for v, _, _ in ours), Counter(v for v, _, _ in theirs)
    problems = []
    for value in sorted(count_a.keys() | count_b.keys()):
        if count_a[value] == count_b[value]:
            continue
        more, fewer, items, section = ((reference, twin, ours, b) if count_a[value] > count_b[value]
                                       else (twin, reference, theirs, a))
        occurrences = [(line, text) for v, line, text in items if v == value]
        line, text = occurrences[min(count_a[value], count_b[value])]
        if min(count_a[value], count_b[value]) == 0:
            problems.append(_missing(more, fewer, line, f"{what} {text!r}", where, section))
        else:
            problems.append(Problem(
                more.path, f"{what} {text!r} appears {max(count_a[value], count_b[value])} times in {where} "
                f"here and {min(count_a[value], count_b[value])} in {fewer.path} (line {section.line})",
                "give both languages the same citations, links and figures, or correct the one that is wrong",
                line=line))
    return problems


def _heading_problems(reference: MarkdownPage, twin: MarkdownPage) -> list[Problem]:
    a = [(h.level, h.anchor) for h in reference.headings]
    b = [(h.level, h.anchor) for h in twin.headings]
    problems = []

    def shown(heading) -> str:
        anchor = f" {{#{heading.anchor}}}" if heading.anchor else ""
        return f"{'#' * heading.level} {heading.text}{anchor}"

    fix = "give both languages the same headings, at the same level, with the same {#id}, in the same order"
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            continue
        for i in range(a1, a2):
            h = reference.headings[i]
            counterpart = twin.headings[b1 + i - a1] if op == "replace" and b1 + i - a1 < b2 else None
            detail = (f"{twin.path} has {shown(counterpart)!r} at line {counterpart.line}" if counterpart
                      else f"it is missing from {twin.path}")
            problems.append(Problem(reference.path, f"heading {shown(h)!r} differs: {detail}", fix, line=h.line))
        for j in range(b1, b2):
            if op == "replace" and j - b1 < a2 - a1:
                continue  # reported above, from the reference side
            h = twin.headings[j]
            problems.append(Problem(twin.path, f"heading {shown(h)!r} is not in {reference.path}", fix, line=h.line))
    return problems
