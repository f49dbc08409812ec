"""The page's shape, as maintainers write it (contracts §1 and §2; factbase.pages.page_shape renders it).

- **En bref** (§1). Every hand-written page opens with its answer: right after its ``# Title`` line
  comes ``!!! in-short "En bref"`` (``"In short"`` in English), holding 1 to 3 list points of at most
  20 words each, citations not counted. The generated insurer pages, which the
  page rules do not read, get theirs from their template.
- **Folding** (§2). ``fold:``, when a page sets it, is 2 or 3: the heading level whose sections fold.
"""

from __future__ import annotations

import re

from factbase.data.problems import Problem
from factbase.pages.markdown_page import MarkdownPage, prose
from factbase.pages.page_shape import FOLD_LEVELS
from factbase.text.lang import LANGUAGES
from factbase.text.localized import label

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


def _in_short_fix(language: str) -> str:
    return (f'put it right after the title and a blank line: !!! in-short "{in_short_title(language)}", a blank line, '
            f"then 1 to {IN_SHORT_MAX_POINTS} points indented by four spaces (    - …), each of at most "
            f"{IN_SHORT_MAX_WORDS} words with its [@source-id]")


def in_short_problems(page: MarkdownPage) -> list[Problem]:
    """The page opens with its "En bref" block: 1 to 3 short points, right after the # Title line."""
    if page.language not in LANGUAGES:
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

