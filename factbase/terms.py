"""Jargon that explains itself (data/terms.yaml).

On every page but the glossary, the first use of each term becomes a link to its glossary entry,
whose title holds a one-sentence explanation: a hover tooltip with a mouse, the link's description
for a screen reader, and, tapped, a popover that site.js fills with the explanation and the link
(a title alone never shows on a touch screen). A term that the glossary does not define yet
becomes a <span> that site.js makes a button. Headings, links, code, citation markers, the
Sources block, the scam examples (which must hold no link) and the letter are left alone.

The page's HTML is read with a small tokenizer rather than an HTML parser: the build runs this on
every page, thousands of generated insurer pages included, and needs only text nodes and which
elements enclose them; BeautifulSoup took several milliseconds a page.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from factbase.datafile import read_data_file
from factbase.lang import LANGUAGES
from factbase.localized import Localized
from factbase.markdown_page import MarkdownPage
from factbase.problems import Problem

GLOSSARY_PAGE = "glossaire"

# Elements whose text is never explained: headings and titles, what is already a link or a
# control, code, citations and their notes, dates and abbreviations.
SKIPPED_TAGS = frozenset({
    "h1", "h2", "h3", "h4", "h5", "h6", "a", "button", "label", "summary", "select", "option",
    "textarea", "code", "pre", "kbd", "samp", "script", "style", "noscript", "svg", "cite", "abbr",
    "dfn", "sup", "sub", "time", "title",
})
# Elements left alone by class: an admonition's title; the fictitious scam messages (no link in
# them, tests/site/test_public_pages.py); the GDPR letter and its form; the Sources block.
SKIPPED_CLASSES = frozenset({"admonition-title", "example", "vm-letter-tool", "vm-sources", "vm-cite",
                             "vm-term", "headerlink"})
VOID_TAGS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                       "source", "track", "wbr"})

_TOKEN = re.compile(r"<!--.*?-->|<[^>]*>|[^<]+", re.DOTALL)
_TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9-]*)([^>]*?)(/?)\s*>", re.DOTALL)
_CLASS = re.compile(r"""\bclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")


@dataclass(frozen=True)
class Term:
    id: str
    glossary: str | None  # the anchor of its glossary entry
    forms: tuple[tuple[str, tuple[str, ...]], ...]  # (language, forms)
    explanation: Localized
    line: int | None

    def forms_in(self, language: str) -> tuple[str, ...]:
        return dict(self.forms)[language]


def read_terms(data_dir: Path, display_dir: str = "data") -> tuple[tuple[Term, ...] | None, list[Problem]]:
    """data/terms.yaml as records, and its problems (schema, ids and forms used twice)."""
    document, problems = read_data_file(data_dir, "terms", display_dir)
    if document is None or problems:
        return None, problems
    terms, seen_ids, seen_forms = [], set(), {}
    for index, record in enumerate(document.data["terms"]):
        line = document.line_of(("terms", index))
        if record["id"] in seen_ids:
            problems.append(Problem(document.display_path, f"term {record['id']!r} is listed twice",
                                    "keep one record per term", line=line, record=record["id"], field="id"))
        seen_ids.add(record["id"])
        for language in LANGUAGES:
            for form in record["forms"][language]:
                key = (language, form.casefold())
                if key in seen_forms and seen_forms[key] != record["id"]:
                    problems.append(Problem(
                        document.display_path, f"{form!r} is a form of {seen_forms[key]!r} too",
                        "give each form to one term only", line=line, record=record["id"],
                        field=f"forms.{language}"))
                seen_forms[key] = record["id"]
        terms.append(Term(record["id"], record.get("glossary"),
                          tuple((language, tuple(record["forms"][language])) for language in LANGUAGES),
                          Localized.from_data(record["explanation"]), line))
    return (None if problems else tuple(terms)), problems


def glossary_anchors(docs_dir: Path) -> dict[str, set[str]]:
    """Language -> the {#anchors} of the glossary page's headings. A language whose page is missing
    is left out: the page rules already report the missing twin."""
    anchors = {}
    for language in LANGUAGES:
        path = docs_dir / f"{GLOSSARY_PAGE}.{language}.md"
        if path.is_file():
            page = MarkdownPage(str(path), path.read_text(encoding="utf-8"))
            anchors[language] = {heading.anchor for heading in page.headings if heading.anchor}
    return anchors


def glossary_problems(terms: Sequence[Term], glossary_anchors: dict[str, set[str]],
                      display: str = "data/terms.yaml") -> list[Problem]:
    """Each term's glossary anchor must be a heading of the glossary page in every language."""
    problems = []
    for term in terms:
        for language in LANGUAGES:
            if term.glossary and language in glossary_anchors and term.glossary not in glossary_anchors[language]:
                problems.append(Problem(
                    display, f"#{term.glossary} is not a heading of docs/{GLOSSARY_PAGE}.{language}.md",
                    "give the {#anchor} of the term's glossary entry, or leave `glossary` out while it has none",
                    line=term.line, record=term.id, field="glossary"))
    return problems


@dataclass(frozen=True)
class TermMatcher:
    """Every form of every term in one language, longest first, as one pattern."""

    pattern: re.Pattern
    term_of_form: dict[str, Term]  # form (case-folded for lower-case forms) -> its term

    def term_of(self, text: str) -> Term | None:
        return self.term_of_form.get(text) or self.term_of_form.get(text.casefold())


def term_matcher(terms: Sequence[Term], language: str) -> TermMatcher:
    forms = sorted(((form, term) for term in terms for form in term.forms_in(language)),
                   key=lambda pair: -len(pair[0]))
    alternatives, term_of_form = [], {}
    for form, term in forms:
        words = r"[\s\u00a0]+".join(re.escape(html.escape(word, quote=False)) for word in form.split())
        # A form with a capital letter is an acronym or a name: only as written.
        alternatives.append(words if any(char.isupper() for char in form) else f"(?i:{words})")
        term_of_form[form if any(char.isupper() for char in form) else form.casefold()] = term
    body = "|".join(alternatives) or r"(?!)"
    return TermMatcher(re.compile(rf"(?<![\w-])(?:{body})(?![\w-])"), term_of_form)


def explain_terms(page_html: str, matcher: TermMatcher, language: str, glossary_href: str) -> str:
    """The page with the first use of each term explained (see the module's docstring).
    ``glossary_href`` is the glossary page's address relative to this page."""
    explained: set[str] = set()
    skipped: list[str] = []  # the open elements that are left alone, innermost last
    stack: list[tuple[str, bool]] = []
    out = []
    for token in _TOKEN.finditer(page_html):
        text = token.group(0)
        if not text.startswith("<"):
            out.append(text if skipped else _explain(text, matcher, language, glossary_href, explained))
            continue
        tag = _TAG.match(text)
        if tag is None or text.startswith("<!"):
            out.append(text)
            continue
        closing, name, attributes, self_closing = tag.group(1), tag.group(2).lower(), tag.group(3), tag.group(4)
        if closing:
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == name:
                    for _, skips in stack[depth:]:
                        if skips:
                            skipped.pop()
                    del stack[depth:]
                    break
        elif name not in VOID_TAGS and not self_closing:
            skips = name in SKIPPED_TAGS or bool(_classes(attributes) & SKIPPED_CLASSES)
            stack.append((name, skips))
            if skips:
                skipped.append(name)
        out.append(text)
    return "".join(out)


def _classes(attributes: str) -> set[str]:
    match = _CLASS.search(attributes)
    return set(next(group for group in match.groups() if group is not None).split()) if match else set()


def _explain(text: str, matcher: TermMatcher, language: str, glossary_href: str, explained: set[str]) -> str:
    def replace(match: re.Match) -> str:
        term = matcher.term_of(re.sub(r"\s+", " ", html.unescape(match.group(0))))
        if term is None or term.id in explained:
            return match.group(0)
        explained.add(term.id)
        title = html.escape(term.explanation.get(language))
        if term.glossary:
            return (f'<a class="vm-term" href="{html.escape(glossary_href)}#{term.glossary}" '
                    f'title="{title}">{match.group(0)}</a>')
        return f'<span class="vm-term" title="{title}">{match.group(0)}</span>'

    return matcher.pattern.sub(replace, text)
