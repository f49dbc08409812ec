"""A page's Markdown read the way the page rules need it: front matter, headings, blocks, prose.

This is not a Markdown parser. It knows the few constructs the site's pages use (ATX headings with
`{#id}`, paragraphs, list items, definition lists, tables, admonitions, fenced code, HTML comments,
citations `[@id]` and links) well enough to say, line by line, what a reader sees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

import yaml

from factbase.pages.citations import CITATION, FENCE
from factbase.pages.markers import MARKER

HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*$")
# attr_list at the end of a heading: {#id}, {#id .class}, { #id }
HEADING_ATTRS = re.compile(r"\s*\{:?\s*([^}]*)\}\s*$")
_LIST_ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+")
TABLE_DELIMITER = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_ADMONITION = re.compile(r"^\s*(?:!!!|\?\?\?\+?)\s+[\w-]+(?:\s+[\w-]+)*(?:\s+\"(.*)\")?\s*$")
_DEFINITION = re.compile(r"^\s*:\s{1,4}")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_INLINE_CODE = re.compile(r"(`+)(.+?)\1")
_IMAGE_OR_LINK = re.compile(r"!?\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
_REFERENCE_DEFINITION = re.compile(r"^\s*\[[^\]]+\]:\s+\S+")
# What a reader never sees of a line, once its links are reduced to their words; removed in this order.
_UNSEEN = tuple(re.compile(pattern) for pattern in (
    r"<(?:https?://|mailto:)[^>]+>",  # an autolink
    r"https?://\S+",  # a bare address
    r"</?[A-Za-z][^>]*>",  # a tag
    r"\{:?\s*[#.][^}]*\}|\{:[^}]*\}",  # attr_list's {#id .class}
))
_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)")


class _FrontMatterLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """Dates stay text, so that an impossible one (2026-02-30) is reported, not raised. libyaml's
    parser when PyYAML has it: the rules read every page on disk, thousands of insurer pages too."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def front_matter_end(lines: list[str]) -> int:
    """Number of lines taken by the front matter, its two `---` lines included (0 when there is
    none): the one reading of where a page's front matter ends (MarkdownPage, `make fmt`)."""
    if not lines or lines[0].strip() != "---":
        return 0
    return next((index + 1 for index in range(1, len(lines)) if lines[index].strip() in ("---", "...")), 0)


@dataclass(frozen=True)
class Heading:
    line: int
    level: int
    text: str  # what the reader sees, without the {#id}
    anchor: str | None


@dataclass(frozen=True)
class Block:
    """A paragraph, one list item, one table row, a heading or an admonition title."""

    kind: str  # "paragraph", "item", "row", "heading", "title"
    lines: tuple[tuple[int, str], ...]  # (line number, raw text)

    @property
    def line(self) -> int:
        return self.lines[0][0]

    @property
    def raw(self) -> str:
        return "\n".join(text for _, text in self.lines)

    @property
    def prose(self) -> str:
        return " ".join(prose(text) for _, text in self.lines)


@dataclass(frozen=True)
class Link:
    line: int
    target: str


def citation_ids(text: str) -> list[str]:
    return [part.strip().lstrip("@") for match in CITATION.finditer(text) for part in match.group(1).split(";")]


def prose(line: str) -> str:
    """The text a reader sees on one Markdown line: no code, URLs, tags, anchors or citations."""
    text = _COMMENT.sub("", line)
    title = _ADMONITION.match(text)
    if title:
        return title.group(1) or ""
    text = _INLINE_CODE.sub("", text)
    text = CITATION.sub("", text)
    text = _IMAGE_OR_LINK.sub(lambda m: m.group(1), text)
    for pattern in _UNSEEN:
        text = pattern.sub("", text)
    heading = HEADING.match(text)
    if heading:
        text = heading.group(2)
    text = _LIST_ITEM.sub("", text, count=1)
    text = _DEFINITION.sub("", text, count=1)
    text = _EMPHASIS.sub("", text)
    return text.replace("**", "").strip()


def heading_parts(raw: str) -> tuple[str, str | None]:
    """'Que faire ? {#que-faire}' -> ('Que faire ?', 'que-faire')."""
    attrs = HEADING_ATTRS.search(raw)
    if not attrs:
        return raw.strip(), None
    anchor = next((part[1:] for part in attrs.group(1).split() if part.startswith("#")), None)
    return raw[: attrs.start()].strip(), anchor


@dataclass(frozen=True)
class MarkdownPage:
    """One page file. ``path`` is how problems name it (e.g. docs/faq.fr.md)."""

    path: str
    text: str

    @cached_property
    def language(self) -> str | None:
        match = re.search(r"\.([a-z]{2})\.md$", self.path)
        return match.group(1) if match else None

    @cached_property
    def _front_matter_end(self) -> int:
        return front_matter_end(self.text.splitlines())

    @cached_property
    def front_matter(self) -> dict:
        end = self._front_matter_end
        if not end:
            return {}
        try:
            data = yaml.load("\n".join(self.text.splitlines()[1 : end - 1]), Loader=_FrontMatterLoader) or {}
        except yaml.YAMLError:
            return {}
        return data if isinstance(data, dict) else {}

    def front_matter_line(self, key: str) -> int | None:
        for number, line in enumerate(self.text.splitlines()[: self._front_matter_end], start=1):
            if re.match(rf"{re.escape(key)}\s*:", line):
                return number
        return None

    @cached_property
    def body(self) -> tuple[tuple[int, str], ...]:
        """Lines after the front matter, outside fenced code, with HTML comments blanked."""
        lines = self.text.splitlines()
        kept: list[tuple[int, str]] = []
        fenced = False
        in_comment = False
        for number, line in enumerate(lines, start=1):
            if number <= self._front_matter_end:
                continue
            if FENCE.match(line) and not in_comment:
                fenced = not fenced
                continue
            if fenced:
                continue
            if in_comment:
                if "-->" not in line:
                    kept.append((number, ""))
                    continue
                line = " " * (line.index("-->") + 3) + line[line.index("-->") + 3 :]
                in_comment = False
            if "<!--" in _COMMENT.sub("", line):
                in_comment = True
                line = line[: line.rindex("<!--")]
            kept.append((number, line))
        return tuple(kept)

    @cached_property
    def title(self) -> str:
        """Front matter `title:`, else the text of the first level-1 heading: the page's title in MkDocs."""
        if self.front_matter.get("title"):
            return str(self.front_matter["title"])
        for _, line in self.body:
            match = HEADING.match(line)
            if match and len(match.group(1)) == 1:
                return heading_parts(match.group(2))[0]
        return ""

    @cached_property
    def headings(self) -> tuple[Heading, ...]:
        found = []
        for number, line in self.body:
            match = HEADING.match(line)
            if match:
                text, anchor = heading_parts(match.group(2))
                found.append(Heading(number, len(match.group(1)), prose(text), anchor))
        return tuple(found)

    @cached_property
    def blocks(self) -> tuple[Block, ...]:
        blocks: list[Block] = []
        current: list[tuple[int, str]] = []
        kind = "paragraph"

        def close():
            nonlocal current
            if current:
                blocks.append(Block(kind, tuple(current)))
            current = []

        for number, line in self.body:
            if not line.strip() or MARKER.match(line) or _REFERENCE_DEFINITION.match(line):
                close()
            elif HEADING.match(line) or _ADMONITION.match(line):
                close()
                blocks.append(Block("heading" if HEADING.match(line) else "title", ((number, line),)))
            elif line.lstrip().startswith("|"):
                close()
                if not TABLE_DELIMITER.match(line):
                    blocks.append(Block("row", ((number, line),)))
            elif _LIST_ITEM.match(line):
                close()
                kind = "item"
                current = [(number, line)]
            else:
                if not current:
                    kind = "paragraph"
                current.append((number, line))
        close()
        return tuple(blocks)

    def citations(self) -> list[tuple[int, str]]:
        """(line, source id) for every citation, in page order."""
        return [(number, source_id) for number, line in self.body for source_id in citation_ids(line)]

    def internal_links(self) -> list[Link]:
        """Links to other pages or anchors of the site (not to other hosts, not mailto:)."""
        return [link for number, line in self.body for link in internal_links(line, number)]


def internal_links(line: str, number: int) -> list[Link]:
    """Links on one line to pages or anchors of the site (not to other hosts, not mailto:)."""
    external = re.compile(r"^[a-z][a-z0-9+.-]*:")
    targets = [m.group(2) for m in _IMAGE_OR_LINK.finditer(_INLINE_CODE.sub("", line))]
    targets += re.findall(r"""href=["']([^"']+)["']""", line)
    return [Link(number, target) for target in targets if target and not external.match(target)]
