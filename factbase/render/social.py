"""What a shared or cited page carries: its link-preview tags (Open Graph, Twitter), the text of its
social card (factbase.render.cards), and its "Cite this page" box."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urlsplit

from factbase.render.cards import HEIGHT, WIDTH, Card
from factbase.text.lang import LANGUAGE_NAMES, LANGUAGES, LOCALES
from factbase.text.localized import MONTHS, label

CARDS_FOLDER = "assets/cards"  # site folder of the cards; assets/ is not in the URL ledger
DESCRIPTION_LIMIT = 200  # characters: what previews show before they cut
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_SPACES = re.compile(r"[ \t\r\n\f]+")  # not the non-breaking space, which French typography placed
# Citation markers and heading permalinks are not part of a sentence.
# The space left where a citation marker was taken out, before the punctuation that followed it.
_SPACE_BEFORE_STOP = re.compile(r"[ \u00a0]+(?=[.,…])")
_NOT_TEXT = re.compile(r'<sup class="vm-cite"[^>]*>.*?</sup>|<a class="headerlink"[^>]*>.*?</a>', re.DOTALL)


def fill(template: str, values: dict[str, str]) -> str:
    """``template`` with each {name} replaced by its value. Values are never read as templates, so a
    title that holds braces stays as it is (cite-page.js fills the same templates the same way)."""
    return _PLACEHOLDER.sub(lambda match: values[match.group(1)], template)


def shorten(text: str, limit: int = DESCRIPTION_LIMIT) -> str:
    text = _SPACES.sub(" ", text).strip()
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:.")
    return f"{cut}…"


class _Lead(HTMLParser):
    """The text of the first top-level paragraph, or of the items of a leading "In short" block."""

    CONTAINERS = frozenset({"div", "details", "blockquote", "table", "ul", "ol", "dl", "li", "figure", "aside",
                            "nav", "form", "section", "header", "footer"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.mode: str | None = None  # "paragraph", "in-short"
        self.mode_depth = 0
        self.in_item = 0
        self.parts: list[str] = []
        self.done = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.done:
            return
        classes = (dict(attrs).get("class") or "").split()
        if self.mode is None and self.depth == 0:
            if tag == "p":
                self.mode = "paragraph"
            elif tag == "div" and "in-short" in classes:
                self.mode, self.mode_depth = "in-short", self.depth
        if self.mode == "in-short" and tag == "li":
            self.in_item += 1
            self.parts.append(" ")
        if tag in self.CONTAINERS:
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if self.done:
            return
        if tag in self.CONTAINERS:
            self.depth -= 1
        if self.mode == "paragraph" and tag == "p":
            self.done = True
        elif self.mode == "in-short":
            if tag == "li":
                self.in_item -= 1
            elif tag == "div" and self.depth == self.mode_depth:
                self.done = True

    def handle_data(self, data: str) -> None:
        if not self.done and (self.mode == "paragraph" or (self.mode == "in-short" and self.in_item > 0)):
            self.parts.append(data)


def page_lead(content: str) -> str | None:
    """What a page says first: its first top-level paragraph, or its "In short" points."""
    parser = _Lead()
    text = _NOT_TEXT.sub("", content)
    for start in range(0, len(text), 2048):  # pages say it in their first kilobytes: read no further
        parser.feed(text[start:start + 2048])
        if parser.done:
            break
    lead = _SPACE_BEFORE_STOP.sub("", _SPACES.sub(" ", "".join(parser.parts))).strip()
    return lead or None


@dataclass(frozen=True)
class SharedPage:
    """One page as a link preview and a citation show it."""

    language: str
    site_name: str
    title: str  # plain text
    url: str  # absolute, from site_url
    description: str
    kicker: str
    card_title: str  # the page's title; on the home page, what the site is about
    is_home: bool = False

    @property
    def card(self) -> Card:
        address = urlsplit(self.url)
        footer = f"{LANGUAGE_NAMES[self.language]} · {address.netloc}{address.path}"
        return Card(site_name=self.site_name, title=self.card_title, kicker=self.kicker, footer=footer)


def shared_page(*, language: str, site_name: str, site_description: str, title: str, url: str, content: str,
                section: str | None, insurer: bool, is_home: bool) -> SharedPage:
    """``title`` as MkDocs has it (the insurer pages' titles are HTML-escaped in their front matter)."""
    title = html.unescape(title)
    if insurer:
        description = fill(label(language, "social.insurer_description"), {"name": title})
        kicker = label(language, "social.insurer_kicker")
    else:
        description = shorten(page_lead(content) or site_description)
        kicker = section or ""
    return SharedPage(language, site_name, site_name if is_home else title, url, description, kicker,
                      site_description if is_home else title, is_home)


def preview_tags(page: SharedPage, image_url: str) -> list[tuple[str, str, str]]:
    """The page's Open Graph and Twitter tags, in order, as (attribute, its value, content): what
    overrides/fragments/social-meta.html prints as <meta attribute="value" content="content">."""
    image_alt = fill(label(page.language, "social.image_alt"), {"title": page.card.title, "site": page.site_name})
    open_graph = [
        ("og:type", "website"), ("og:site_name", page.site_name), ("og:title", page.title),
        ("og:description", page.description), ("og:url", page.url), ("og:locale", LOCALES[page.language]),
        *(("og:locale:alternate", LOCALES[language]) for language in LANGUAGES if language != page.language),
        ("og:image", image_url), ("og:image:type", "image/png"), ("og:image:width", str(WIDTH)),
        ("og:image:height", str(HEIGHT)), ("og:image:alt", image_alt)]
    return [("property", name, content) for name, content in open_graph] + [
        ("name", "twitter:card", "summary_large_image")]


def citation_box(page: SharedPage, reviewed: dict[str, str]) -> dict:
    """What the "Cite this page" box shows without JavaScript, and the templates that cite-page.js
    fills again with the section the reader is on and the day they read it."""
    language = page.language
    page_part = label(language, "cite.home_page") if page.is_home else fill(label(language, "cite.page"),
                                                                          {"title": page.title})
    values = {"site": page.site_name, "page": page_part, "section": "", "url": page.url,
              "reviewed": reviewed["text"], "accessed": label(language, "cite.accessed_unknown")}
    template = label(language, "cite.format")
    return {"language": language, "page": page, "reviewed": reviewed, "template": template, "page_part": page_part,
            "section_template": label(language, "cite.section"), "text": fill(template, values),
            "months": list(MONTHS[language]), "first_day": label(language, "cite.first_day")}
