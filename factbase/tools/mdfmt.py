"""`make fmt` for Markdown: whitespace only, so that the rendered page stays the same.

- Line ends are LF; the file ends with exactly one newline.
- Spaces and tabs at the end of a line are removed, except a hard line break (two or more spaces
  before a line of the same paragraph), which is kept as exactly two spaces.
- Runs of blank lines become one, outside fenced code and next to indented lines (indented code and
  admonition bodies keep theirs).

Only the ASCII space and tab count as trailing whitespace: the no-break spaces of French typography
(U+00A0, U+202F) are text and are never touched.

In French files (``*.fr.md``, and CONTRIBUTING.md), a plain space before ``: ; ! ?`` and ``»``, or after
``«``, becomes a
no-break space (U+00A0), and one is added inside guillemets that have none: the rule that
factbase.pages.page_rules checks, so that nobody has to type the character. Code, HTML comments and tags,
link addresses, citations, attribute lists and URLs are left alone, and so is the front matter
except its ``title:`` and ``description:``.
"""

from __future__ import annotations

import difflib
import re
from pathlib import Path

from factbase.pages.markdown_page import FENCE, TABLE_DELIMITER, front_matter_end
from factbase.text import typography

_TRAILING = re.compile(r"[ \t]+$")
_INDENTED = re.compile(r"^(?: {4}|\t)")


def format_markdown(text: str, french: bool = False) -> str:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out: list[str] = []
    fenced = False
    front_end = front_matter_end(lines)
    for index, line in enumerate(lines):
        if FENCE.match(line):
            fenced = not fenced
        stripped = _TRAILING.sub("", line)
        if french and not fenced and _typeset_line(lines, index, front_end):
            stripped = french_spacing(stripped)
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if (not fenced and stripped.strip() and line.endswith("  ") and following.strip()
                and not FENCE.match(line)):
            stripped += "  "  # a hard line break: <br> in the page
        if not stripped and out and not out[-1] and not fenced and not _next_to_indented(out, lines, index):
            continue
        out.append(stripped)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n" if out else ""


# What French spacing never touches: code spans, HTML comments and tags, link addresses, citations,
# attribute lists ({#id}), URLs.
_PROTECTED = re.compile(r"(`+).*?\1|<!--.*?-->|<[^>\n]*>|\]\([^)\n]*\)|\[@[^\]\n]*\]|\{[:#.][^}\n]*\}"
                        r"|\b(?:https?|mailto):\S+")


def french_spacing(line: str) -> str:
    """The line with French no-break spaces (factbase.text.typography), outside the protected parts."""
    return typography.french_spacing(line, _PROTECTED, markdown=True)


def _typeset_line(lines: list[str], index: int, front_matter_end: int) -> bool:
    line = lines[index]
    if index < front_matter_end:
        return line.startswith(("title:", "description:"))
    return not TABLE_DELIMITER.match(line) and not FENCE.match(line)


def _next_to_indented(out: list[str], lines: list[str], index: int) -> bool:
    before = next((line for line in reversed(out) if line), "")
    after = next((line for line in lines[index + 1:] if line.strip()), "")
    return bool(_INDENTED.match(before) or _INDENTED.match(after))


def whitespace_report(text: str, french: bool = False) -> list[str]:
    """What format_markdown would change, with line numbers, for `make lint`."""
    notes = ["line ends other than LF (CR LF): save the file with Unix line ends"] if "\r" in text else []
    before = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    after = format_markdown(text, french).split("\n")
    trailing, blank, spacing = [], [], []
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    for op, a1, a2, _, _ in matcher.get_opcodes():
        if op in ("replace", "delete"):
            for number in range(a1 + 1, a2 + 1):
                line = before[number - 1]
                if not line.strip():
                    blank.append(number)
                    continue
                if _TRAILING.search(line):
                    trailing.append(number)
                if french and french_spacing(line) != line:
                    spacing.append(number)
    if trailing:
        notes.append(f"spaces at the end of line {_numbers(trailing)}")
    if spacing:
        notes.append(f"French spacing (a no-break space before : ; ! ? » and after «) at line {_numbers(spacing)}")
    if blank:
        notes.append(f"blank lines to remove at line {_numbers(blank)} (several in a row, or at the end)")
    if not text.endswith("\n"):
        notes.append("no newline at the end of the file")
    return notes


def _numbers(numbers: list[int]) -> str:
    return ", ".join(map(str, numbers[:8])) + (", ..." if len(numbers) > 8 else "")


FRENCH_DOCUMENTS = ("CONTRIBUTING.md",)  # French files outside docs/ (the English one is CONTRIBUTING.en.md)


def is_french(path: Path) -> bool:
    return path.name.endswith(".fr.md") or path.name in FRENCH_DOCUMENTS


def markdown_files(root: Path) -> list[Path]:
    """The Markdown that people write: pages, README, CONTRIBUTING, .github templates. Not the
    insurer pages, which the build writes into docs/assureurs/."""
    files = [*root.glob("*.md"), *(root / ".github").rglob("*.md"), *(root / "docs").rglob("*.md")]
    generated = root / "docs" / "assureurs"
    return sorted(path for path in files if not path.is_relative_to(generated))
