"""Lighter citations, jargon that explains itself and the insurer pages' answer, read in the built
HTML of every page, in both languages (issue 15, items 2, 3 and 9)."""

from __future__ import annotations

import re
from urllib.parse import urljoin

import pytest

from factbase.data.dataset import load_dataset
from sitecheck.built import BuiltSite
from tests.conftest import ROOT, read_html

LANGUAGES = {"fr": "", "en": "en/"}


@pytest.fixture(scope="module")
def pages(site_dir):
    """(url, soup) of every content page of the built site."""
    site = BuiltSite.open(site_dir)
    return [(site.url_of(file), read_html(file)) for file in site.pages()]


def article(soup):
    return soup.select_one("article.md-content__inner")


def test_each_page_ends_with_one_closed_sources_block_that_holds_every_cited_source(pages):
    cited_pages = 0
    for url, soup in pages:
        body = article(soup)
        markers = body.select("sup.vm-cite a")
        blocks = body.select("details.vm-sources")
        if not markers:
            assert not blocks, url
            continue
        cited_pages += 1
        [block] = blocks
        assert block.get("id") == "page-sources" and not block.has_attr("open"), url
        notes = [li["id"].removeprefix("cite-") for li in block.select("ol.vm-notes > li")]
        assert block.summary.get_text(strip=True) == f"Sources ({len(notes)})", url
        cited = [source_id for marker in markers for source_id in marker["data-cites"].split()]
        assert set(cited) == set(notes), f"{url}: notes {set(notes) ^ set(cited)} are cited or listed alone"
        # The block is the last thing of the page's text: what follows is the foot that main.html adds
        # to every page, from the review date on (page actions, and whatever else comes after them).
        following = block.find_next_sibling()
        assert following is None or "vm-reviewed" in following.get("class", []), \
            f"{url}: {str(following)[:80]} comes after the sources"
    assert cited_pages > 60  # hand-written and insurer pages, both languages


def test_a_marker_is_one_link_to_its_first_note_that_names_its_publishers(pages):
    for url, soup in pages:
        notes = {li["id"]: li for li in soup.select("ol.vm-notes > li")}
        for sup in article(soup).select("sup.vm-cite"):
            [link] = sup.select("a")
            ids = link["data-cites"].split()
            assert link["href"] == f"#cite-{ids[0]}", url
            numbers = [int(notes[f"cite-{source_id}"]["value"]) for source_id in ids]
            shown = link.get_text()
            assert link["aria-label"].endswith(" " + shown), (url, link)  # the name holds what is shown
            expanded = set()
            for part in shown.split(", "):
                first, _, last = part.partition("\u2013")
                expanded.update(range(int(first), int(last or first) + 1))
            assert expanded == set(numbers), (url, shown, numbers)
            publishers = [notes[f"cite-{source_id}"].get_text(" ", strip=True).split(",")[0] for source_id in ids]
            assert all(name.split(" (")[0] in link["title"] for name in publishers), (url, link["title"], publishers)


def test_published_note_and_block_anchors_still_resolve(site_dir):
    # The URL ledger's own test checks every entry; this names the two kinds the block must keep.
    ledger = (ROOT / "data" / "published-urls.txt").read_text(encoding="utf-8").split()
    kept = [entry for entry in ledger if entry.endswith("#page-sources")]
    assert len(kept) > 50
    site = BuiltSite.open(site_dir)
    for entry in kept:
        file = site.file_of(entry.lstrip("/").split("#")[0])
        assert file is not None and "page-sources" in site.facts(file).ids, entry


# Jargon



def test_terms_explain_themselves_once_per_page_outside_headings_links_code_and_examples(pages):
    explained_pages = 0
    for url, soup in pages:
        terms = article(soup).select(".vm-term")
        if url.endswith("glossaire/"):
            assert not terms, "the glossary page defines the terms: it does not link them to itself"
            continue
        explained_pages += bool(terms)
        hrefs = [term.get("href") for term in terms]
        titles = [term["title"] for term in terms]
        assert len(set(titles)) == len(titles), f"{url}: a term explained twice"
        for term in terms:
            assert term.find_parent(["h1", "h2", "h3", "h4", "h5", "h6", "a", "code", "pre", "cite"]) is None, url
            assert term.find_parent(class_=["example", "vm-letter-tool", "vm-sources", "admonition-title"]) is None
            assert term["title"].strip(), url
        glossary = ("en/" if url.startswith("en/") else "") + "glossaire/"
        targets = {urljoin("/" + url, href).partition("#")[0] for href in hrefs if href is not None}
        assert targets <= {"/" + glossary}, (url, targets)  # the glossary of the page's own language
    assert explained_pages > 40


@pytest.mark.parametrize(("language", "path", "words"), [
    ("fr", "donnees-exposees/", {"ayants droit"}),
    ("en", "donnees-exposees/", {"dependants"}),
    ("fr", "ce-qui-s-est-passe/", {"responsable de traitement", "sous-traitant", "ANSSI", "BL2C"}),
    ("en", "ce-qui-s-est-passe/", {"controller", "processor", "ANSSI", "BL2C"}),
    ("fr", "hameconnage/", {"hameçonnage"}),
    ("en", "hameconnage/", {"phishing"}),
])
def test_the_issue_terms_are_explained_where_they_appear(site_dir, language, path, words):
    soup = read_html(site_dir / LANGUAGES[language] / path / "index.html")
    found = {re.sub(r"\s+", " ", term.get_text()).casefold() for term in article(soup).select(".vm-term")}
    missing = {word for word in words if not any(word.casefold() in text for text in found)}
    assert not missing, (path, found)


def test_each_term_says_in_its_language_what_the_data_file_says(site_dir):
    dataset = load_dataset(ROOT / "data", docs_dir=ROOT / "docs")
    for language, prefix in LANGUAGES.items():
        soup = read_html(site_dir / prefix / "index.html")
        explanations = {t.explanation.get(language): t for t in dataset.terms}
        for term in article(soup).select(".vm-term"):
            record = explanations[term["title"]]
            if record.glossary:
                assert term["href"].endswith(f"glossaire/#{record.glossary}")


# Insurer pages

def insurer_pages(site_dir, language):
    return sorted((site_dir / LANGUAGES[language] / "assureurs").glob("*/index.html"))


def words(text: str) -> int:
    return len([word for word in text.split() if re.search(r"\w", word)])


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_insurer_page_opens_with_its_answer(site_dir, language):
    title = {"fr": "En bref", "en": "In short"}[language]
    pages = insurer_pages(site_dir, language)
    assert len(pages) > 30
    for path in pages:
        body = article(read_html(path))
        heading = body.select_one("h1")
        block = heading.find_next_sibling()
        assert block.name == "div" and {"admonition", "in-short"} <= set(block["class"]), path
        assert block.select_one(".admonition-title").get_text(strip=True) == title
        items = block.select("ul > li")
        assert 1 <= len(items) <= 3, path
        for item in items:
            for sup in item.select("sup.vm-cite"):
                sup.decompose()
            assert words(item.get_text(" ", strip=True)) <= 20, (path, item.get_text(" ", strip=True))


@pytest.mark.parametrize("language", LANGUAGES)
def test_insurer_pages_name_who_said_it_in_plain_words(site_dir, language):
    dataset = load_dataset(ROOT / "data", docs_dir=ROOT / "docs")
    for insurer in dataset.insurers.listed:
        body = article(read_html(site_dir / LANGUAGES[language] / "assureurs" / insurer.slug / "index.html"))
        items = body.select_one("#operator").find_next_sibling("ul").find_all("li", recursive=False)
        assert len(items) == len(insurer.operators)
        for item, link in zip(items, insurer.operators, strict=True):
            text = item.get_text(" ", strip=True)
            for source_id in link.sources:
                assert dataset.sources[source_id].publisher.get(language) in text, (insurer.slug, text)


def test_no_pencil_beside_the_titles_and_the_edit_links_are_at_the_foot(pages):
    for url, soup in pages:
        assert not soup.select(".md-content__button"), url
        [actions] = soup.select("article p.vm-page-actions")
        assert actions.find_previous_sibling() is not None and not actions.find_next_siblings("p"), url
