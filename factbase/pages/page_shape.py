"""The shape of a page as a reader first opens it: its "En bref" block, then long sections folded.

Pure functions over a page's rendered HTML (the ``content`` that Material puts in ``<article>``).

- ``mark_in_short`` gives the page's "En bref" block (``!!! in-short``, contracts §1) its id,
  ``en-bref``, the same in every language, so that the block can be linked.
- ``fold_sections`` folds a long page (``fold: 2`` or ``fold: 3`` in its front matter, contracts §2):
  each section under a heading of that level is wrapped in
  ``<details class="vm-fold"><summary>the heading</summary><div class="vm-fold__body">…</div></details>``.
  The heading itself, with its id, sits in the summary, so every published anchor stays where it
  was. Its ¶ permalink moves just after the summary (a link inside a <summary> is an interactive
  control nested in another, which axe reports and screen readers read as part of the summary's
  name): an open section shows it beside its heading, as any heading does.

What opens a folded part is not here: Material's content script opens the ``<details>`` that holds
the URL's #anchor, on load and on every hashchange, and opens them all before printing (its
"details" component); Chromium also reveals a fragment's ``<details>`` by itself when JavaScript is
off. The citation notes (``#page-sources``) and whatever follows them are never folded here: they
have their own block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

FOLD_LEVELS = (2, 3)
IN_SHORT_ID = "en-bref"
# Top-level elements holding one of these ids end the folding: the page's citation notes.
NOT_FOLDED_IDS = frozenset({"page-sources"})

_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
                   "track", "wbr"})
_HEADING = re.compile(r"h([1-6])")
# A heading written `## Title {#id .unfolded}` keeps its section open: a tool the reader came for.
_UNFOLDED = re.compile(r'<h[1-6]\b[^>]*\bclass="(?:[^"]*\s)?unfolded[\s"]')
_IN_SHORT_OPENING = re.compile(r'<div class="admonition in-short">')
# The toc extension's permalink, at the end of a heading: <h2 id="x">Title<a class="headerlink" …>¶</a></h2>
_PERMALINK = re.compile(r'(<a class="headerlink"[^>]*>[^<]*</a>)(\s*</h[1-6]>\s*)$')


def mark_in_short(html: str) -> str:
    """The first "En bref" block gets id="en-bref"; a page without one is returned as it is."""
    return _IN_SHORT_OPENING.sub(f'<div class="admonition in-short" id="{IN_SHORT_ID}">', html, count=1)


@dataclass(frozen=True)
class _Element:
    """One element at the top level of the content, as a slice of the HTML."""

    tag: str
    start: int
    end: int
    ids: frozenset[str]  # every id inside it, its own included

    @property
    def heading_level(self) -> int | None:
        match = _HEADING.fullmatch(self.tag)
        return int(match.group(1)) if match else None


class _TopLevel(HTMLParser):
    """Finds where each top-level element starts and ends (text between them is left as it is)."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=False)
        self.html = html
        self._line_starts = [0] + [match.end() for match in re.finditer(r"\n", html)]
        self.elements: list[_Element] = []
        self._open: list[str] = []
        self._start = 0
        self._ids: set[str] = set()

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def handle_starttag(self, tag, attrs):
        start = self._offset()
        if not self._open:
            self._start, self._ids = start, set()
        self._ids.update(value for name, value in attrs if name == "id" and value)
        if tag in _VOID:
            if not self._open:
                self._close(tag, start + len(self.get_starttag_text()))
            return
        self._open.append(tag)

    def handle_startendtag(self, tag, attrs):
        start = self._offset()
        if not self._open:
            self._start, self._ids = start, set()
        self._ids.update(value for name, value in attrs if name == "id" and value)
        if not self._open:
            self._close(tag, start + len(self.get_starttag_text()))

    def handle_endtag(self, tag):
        if tag not in self._open:
            return  # a stray end tag: the browser ignores it too
        while self._open and self._open.pop() != tag:
            pass  # elements left open inside it end with it
        if not self._open:
            self._close(tag, self.html.index(">", self._offset()) + 1)

    def _close(self, tag: str, end: int) -> None:
        opening = re.match(r"<\s*([a-zA-Z0-9]+)", self.html[self._start:])
        self.elements.append(_Element(opening.group(1).lower() if opening else tag, self._start, end,
                                      frozenset(self._ids)))


def top_level_elements(html: str) -> list[_Element]:
    parser = _TopLevel(html)
    parser.feed(html)
    parser.close()
    return parser.elements


def fold_sections(html: str, level: int) -> str:
    """Each section under an h``level`` heading folds under that heading (see the module's doc).

    A section runs from its heading to the next heading of the same level or higher, or to the
    citation notes. A heading with nothing under it stays as it is: there would be nothing to open,
    and so does a heading of class ``unfolded``, whose section is what the reader came for."""
    if level not in FOLD_LEVELS:
        raise ValueError(f"fold level must be one of {FOLD_LEVELS}, not {level!r}")
    pieces: list[str] = []
    cursor = 0  # html[:cursor] is in pieces, or in the section being folded
    folding: _Element | None = None

    def end_fold(at: int) -> None:
        nonlocal cursor, folding
        body = html[folding.end:at]
        if body.strip():
            heading, permalink = _split_permalink(html[folding.start:folding.end])
            pieces.append(f'<details class="vm-fold">\n<summary class="vm-fold__summary">{heading}</summary>\n'
                          f'{permalink}<div class="vm-fold__body">{body}</div>\n</details>\n')
        else:
            pieces.append(html[folding.start:at])
        cursor, folding = at, None

    for element in top_level_elements(html):
        if element.ids & NOT_FOLDED_IDS:
            if folding:
                end_fold(element.start)
            break
        heading = element.heading_level
        if heading is None or heading > level:
            continue
        if folding:
            end_fold(element.start)
        else:
            pieces.append(html[cursor:element.start])
            cursor = element.start
        if heading == level and not _UNFOLDED.match(html, element.start):
            folding = element
    else:
        if folding:
            end_fold(len(html))
    pieces.append(html[cursor:])
    return "".join(pieces)


def _split_permalink(heading: str) -> tuple[str, str]:
    """(the heading without its ¶ link, the link marked as the fold's), or (heading, "") without one."""
    match = _PERMALINK.search(heading)
    if not match:
        return heading, ""
    link = match.group(1).replace('class="headerlink"', 'class="headerlink vm-fold__permalink"', 1)
    return heading[:match.start()] + match.group(2), link + "\n"
