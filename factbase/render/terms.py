"""Jargon that explains itself (data/terms.yaml).

On every page but the glossary, the first use of each term becomes a link to its glossary entry,
whose title holds a one-sentence explanation: a hover tooltip with a mouse, the link's description
for a screen reader, and, tapped, a popover that page-links.js fills with the explanation and the link
(a title alone never shows on a touch screen). A term that the glossary does not define yet
becomes a <span> that page-links.js makes a button. Headings, links, code, citation markers, the
Sources block, the scam examples (which must hold no link) and the letter are left alone.

The page's HTML is read with two regular expressions rather than an HTML parser: the build runs this
on every page, thousands of generated insurer pages included, and needs only where each term is and
which elements enclose it; BeautifulSoup took several milliseconds a page.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from factbase.data.terms import Term

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

# A tag (closing slash, name, attributes, self-closing slash), or a comment or something else in <>.
_TAG_OR_COMMENT = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9-]*)([^>]*?)(/?)\s*>|<!--.*?-->|<[^>]*>", re.DOTALL)
_CLASS = re.compile(r"""\bclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")


@dataclass(frozen=True)
class TermMatcher:
    """Every form of every term in one language, as one pattern that finds the longest form."""

    pattern: re.Pattern
    term_of_form: dict[str, Term]  # form, case-folded -> its term
    exact_forms: dict[str, frozenset[str]]  # case-folded -> the forms with a capital: only as written

    def term_of(self, found: str) -> Term | None:
        text = re.sub(r"\s+", " ", html.unescape(found))
        key = text.casefold()
        exact = self.exact_forms.get(key)
        return None if exact and text not in exact else self.term_of_form.get(key)


def term_matcher(terms: Sequence[Term], language: str) -> TermMatcher:
    forms = [(form, term) for term in terms for form in term.forms_in(language)]
    term_of_form = {form.casefold(): term for form, term in forms}
    exact: dict[str, set[str]] = {}
    for form, _ in forms:
        if form != form.casefold():
            exact.setdefault(form.casefold(), set()).add(form)
    # A trie of the case-folded forms, matched without case (acronyms are checked as written after):
    # about twice as fast as an alternation of every form, which this runs on every page.
    body = _trie_pattern(sorted(html.escape(form, quote=False) for form in term_of_form)) or r"(?!)"
    return TermMatcher(re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE), term_of_form,
                       {key: frozenset(value) for key, value in exact.items()})


def _trie_pattern(words: list[str]) -> str:
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [(r"[\s\u00a0]+" if char == " " else re.escape(char)) + pattern(child)
                    for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body  # greedy: the longest form wins

    return pattern(trie)


def explain_terms(page_html: str, matcher: TermMatcher, language: str, glossary_href: str) -> str:
    """The page with the first use of each term explained (see the module's docstring).
    ``glossary_href`` is the glossary page's address relative to this page.

    The pattern runs over the whole HTML; the tags are read only up to each use that may be
    explained, to know what encloses it. The Sources block, long and left alone, ends the scan."""
    end = page_html.find('<details class="vm-sources"')
    end = len(page_html) if end == -1 else end
    tags = _TAG_OR_COMMENT.finditer(page_html, 0, end)
    tag = next(tags, None)
    stack: list[tuple[str, bool]] = []
    skipping = 0  # how many open elements are left alone
    explained: set[str] = set()
    out, copied = [], 0
    for use in matcher.pattern.finditer(page_html, 0, end):
        term = matcher.term_of(use.group(0))
        if term is None or term.id in explained:
            continue
        while tag is not None and tag.end() <= use.start():
            skipping = _enter(tag, stack, skipping)
            tag = next(tags, None)
        if skipping or (tag is not None and tag.start() <= use.start()):  # left alone, or inside a tag
            continue
        explained.add(term.id)
        title = html.escape(term.explanation.get(language))
        if term.glossary:
            link = f'<a class="vm-term" href="{html.escape(glossary_href)}#{term.glossary}" title="{title}">'
            out += [page_html[copied:use.start()], link, use.group(0), "</a>"]
        else:
            out += [page_html[copied:use.start()], f'<span class="vm-term" title="{title}">', use.group(0), "</span>"]
        copied = use.end()
    return "".join([*out, page_html[copied:]])


def _enter(tag: re.Match, stack: list[tuple[str, bool]], skipping: int) -> int:
    """Update the open elements for one tag; returns how many of them are left alone."""
    closing, name, attributes, self_closing = tag.groups()
    if name is None:  # a comment, a doctype
        return skipping
    name = name.lower()
    if closing:
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth][0] == name:
                skipping -= sum(skips for _, skips in stack[depth:])
                del stack[depth:]
                break
    elif name not in VOID_TAGS and not self_closing:
        skips = name in SKIPPED_TAGS or ("class" in attributes and bool(_classes(attributes) & SKIPPED_CLASSES))
        stack.append((name, skips))
        skipping += skips
    return skipping


def _classes(attributes: str) -> set[str]:
    match = _CLASS.search(attributes)
    return set(next(group for group in match.groups() if group is not None).split()) if match else set()
