"""The page as it first opens, read in the built HTML of both languages.

Every hand-written page opens its <article> with its "En bref" block, right after its title. The long
pages (front matter `fold: 2|3`) fold each section under its own heading, which keeps its id, its ¶
permalink, its entry in the table of contents and its entry in the search index. Pages are found in
docs/, never listed here.
"""

import json
import re

import pytest
from bs4 import Tag

from factbase.pages.page_rules import load_pages
from factbase.pages.shape_rules import IN_SHORT_MAX_POINTS
from factbase.text.localized import label
from tests.conftest import ROOT, read_html

LANGUAGES = {"fr": "", "en": "en/"}
PAGES = {}  # stem -> its front matter (French page)
for _page in load_pages(ROOT / "docs", ROOT):  # the hand-written pages, without docs/assureurs/
    if _page.language == "fr":
        PAGES[_page.path.removeprefix("docs/").removesuffix(".fr.md")] = _page.front_matter
FOLDED = sorted(stem for stem, front in PAGES.items() if front.get("fold"))


def url(stem: str) -> str:
    return "" if stem == "index" else f"{stem}/"


def article(site_dir, language, stem):
    return read_html(site_dir / LANGUAGES[language] / url(stem) / "index.html").select_one("article.md-content__inner")


def children(tag):
    return [child for child in tag.children if isinstance(child, Tag)]


def words(text: str) -> str:
    """Letters and digits only, without the tags that the search index keeps (<p>, <li>…)."""
    return re.sub(r"\W+", "", re.sub(r"<[^>]+>", " ", text)).lower()


def test_pages_are_found():
    assert len(PAGES) >= 20 and {"que-faire", "faq", "glossaire", "hameconnage", "risques"} <= set(FOLDED)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_opens_with_its_answer_first_in_the_article(site_dir, language):
    problems = []
    for stem in sorted(PAGES):
        # Material's edit button may come before the title; nothing else may.
        content = [tag for tag in children(article(site_dir, language, stem)) if "md-content__button" not in
                   tag.get("class", [])]
        if [tag.name for tag in content[:1]] != ["h1"]:
            problems.append(f"{stem}: the article does not start with the page title")
            continue
        block = content[1] if len(content) > 1 else None
        if block is None or block.name != "div" or block.get("class") != ["admonition", "in-short"]:
            problems.append(f"{stem}: the title is followed by {block.name if block else 'nothing'}, not the block")
            continue
        title = block.select_one(".admonition-title").get_text(strip=True)
        points = block.select(":scope > ul > li, :scope > ol > li")
        if title != label(language, "in_short") or not 1 <= len(points) <= IN_SHORT_MAX_POINTS:
            problems.append(f"{stem}: block titled {title!r} with {len(points)} points")
        if block.get("id") != "en-bref":
            problems.append(f"{stem}: the block has no id en-bref")
    assert not problems, "\n".join(problems)


def folds(site_dir, language, stem):
    level = PAGES[stem]["fold"]
    body = article(site_dir, language, stem)
    return level, body, body.select(f"details.vm-fold > summary > h{level}")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("stem", FOLDED)
def test_a_folded_page_keeps_its_headings_ids_permalinks_and_contents(site_dir, language, stem):
    level, body, folded = folds(site_dir, language, stem)
    soup = body.find_parent("html")
    assert folded, f"{stem}: fold: {level} but no section folds"
    for heading in folded:
        details = heading.parent.parent
        assert "vm-fold" in details["class"] and heading.parent.name == "summary"
        assert heading.find("a") is None, "no link inside the summary (axe: nested-interactive)"
        [permalink] = details.select(":scope > a.headerlink")
        assert permalink["href"] == f"#{heading['id']}"
        assert details.select_one(":scope > .vm-fold__body").get_text(strip=True), f"#{heading['id']} folds nothing"
    # No section of that level is left open, except the citation notes, which have their own block,
    # and a section marked `.unfolded` (the tool the reader came for).
    loose = [h["id"] for h in body.find_all(f"h{level}")
             if h.parent.name != "summary" and h["id"] != "page-sources" and "unfolded" not in h.get("class", [])]
    assert loose == []
    # The table of contents still points at every heading, folded or not.
    ids = {tag["id"] for tag in body.find_all(id=True)}
    targets = [a["href"].removeprefix("#") for a in soup.select("nav.md-nav--secondary a.md-nav__link")]
    assert {h["id"] for h in folded} <= set(targets) <= ids


@pytest.fixture(scope="module")
def search_index(site_dir):
    return {language: {doc["location"]: doc for doc in json.loads(
        (site_dir / "search" / f"search_index.{language}.json").read_text(encoding="utf-8"))["docs"]}
        for language in LANGUAGES}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("stem", FOLDED)
def test_search_finds_each_folded_section_under_its_own_heading(site_dir, search_index, language, stem):
    """Folding happens after the search plugin has read the page: a heading nested in <summary> would
    file the section's words under the heading before it."""
    *_, folded = folds(site_dir, language, stem)
    index = search_index[language]
    top = words(index[f"{LANGUAGES[language]}{url(stem)}"]["text"])
    for heading in folded:
        location = f"{LANGUAGES[language]}{url(stem)}#{heading['id']}"
        assert location in index, f"{location} is not in the search index"
        fold_body = heading.parent.parent.select_one(".vm-fold__body")
        first = children(fold_body)[0]
        if re.fullmatch(r"h[1-6]", first.name) or first.find(re.compile(r"^h[1-6]$")):
            continue  # the section opens with a sub-heading, which has its own entry
        for marker in fold_body.select(".vm-cite"):
            marker.decompose()
        start = words(fold_body.get_text())[:80]
        assert start and start in words(index[location]["text"]), f"{location} does not hold its own text"
        assert start not in top, f"the words of #{heading['id']} are filed under the top of the page"
