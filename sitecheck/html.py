"""What one HTML file offers (ids) and points at (links).

Start tags are read with regular expressions rather than html.parser: html.parser takes about 15 ms
for a 20 KB Material page, the expressions under 1 ms, and this runs over every page of the site in
every test run. That is exact for well-formed HTML, which the Nu checker (tests/site) enforces on the
same pages. Comments and the bodies of <script>, <style> and <template> are skipped.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass, field

HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# (tag, attribute) pairs whose value is a URL that the browser follows or loads.
URL_ATTRIBUTES = frozenset({
    ("a", "href"), ("area", "href"), ("link", "href"), ("script", "src"), ("img", "src"),
    ("iframe", "src"), ("source", "src"), ("video", "src"), ("audio", "src"), ("track", "src"),
    ("embed", "src"), ("object", "data"), ("form", "action"), ("input", "src"),
})


@dataclass(frozen=True)
class Link:
    tag: str
    attribute: str
    url: str
    line: int
    rel: str = ""
    hreflang: str = ""
    classes: str = ""


@dataclass
class HtmlFacts:
    lang: str = ""
    ids: set[str] = field(default_factory=set)
    heading_ids: dict[str, str] = field(default_factory=dict)  # id -> tag (h1..h6)
    links: list[Link] = field(default_factory=list)
    refresh: str | None = None  # target of <meta http-equiv="refresh">: a redirect page
    robots: str = ""
    duplicate_ids: list[tuple[str, int]] = field(default_factory=list)

    @property
    def canonical(self) -> str | None:
        return next((link.url for link in self.links if link.tag == "link" and "canonical" in link.rel.split()), None)

    @property
    def alternates(self) -> dict[str, str]:
        """hreflang -> absolute URL, from <link rel="alternate" hreflang>."""
        return {link.hreflang: link.url for link in self.links
                if link.tag == "link" and "alternate" in link.rel.split() and link.hreflang}

    def permalink_ids(self) -> set[str]:
        """Ids that the page links to with a permalink (Material's ¶ `headerlink`)."""
        return {link.url[1:] for link in self.links
                if link.tag == "a" and link.url.startswith("#") and "headerlink" in link.classes.split()}


_SKIPPED = re.compile(r"<!--.*?-->|(<(script|style|template)\b[^>]*>).*?</\2\s*>", re.S | re.I)
_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*)\s*/?>")
_ATTRIBUTE = re.compile(r"""([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")


def read_html(text: str) -> HtmlFacts:
    facts = HtmlFacts()
    line_starts = [0] + [match.end() for match in re.finditer("\n", text)]
    # Blank out what is not markup, keeping offsets (and so line numbers) unchanged.
    text = _SKIPPED.sub(lambda m: (m.group(1) or "") + " " * (len(m.group(0)) - len(m.group(1) or "")), text)
    for match in _TAG.finditer(text):
        tag = match.group(1).lower()
        values = {m.group(1).lower(): html.unescape(m.group(2) or m.group(3) or m.group(4) or "")
                  for m in _ATTRIBUTE.finditer(match.group(2))}
        _record(facts, tag, values, bisect.bisect_right(line_starts, match.start()))
    return facts


def _record(facts: HtmlFacts, tag: str, values: dict[str, str], line: int) -> None:
    if tag == "html":
        facts.lang = values.get("lang", "")
    element_id = values.get("id") or (values.get("name") if tag == "a" else None)
    if element_id:
        if element_id in facts.ids and values.get("id"):
            facts.duplicate_ids.append((element_id, line))
        facts.ids.add(element_id)
        if tag in HEADINGS:
            facts.heading_ids[element_id] = tag
    if tag == "meta":
        _meta(facts, values)
    for name, value in values.items():
        if (tag, name) in URL_ATTRIBUTES:
            facts.links.append(Link(tag, name, value.strip(), line, values.get("rel", ""),
                                    values.get("hreflang", ""), values.get("class", "")))


def _meta(facts: HtmlFacts, values: dict[str, str]) -> None:
    if values.get("http-equiv", "").lower() == "refresh":
        _, _, target = values.get("content", "").partition(";")
        target = target.strip()
        if target.lower().startswith("url="):
            target = target[4:].strip().strip("'\"")
        facts.refresh = target
    if values.get("name", "").lower() == "robots":
        facts.robots = values.get("content", "")
