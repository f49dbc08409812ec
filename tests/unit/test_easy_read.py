"""The easy-read page (docs/facile-a-lire.*.md) keeps to the easy-to-read (FALC) rules that a test can
measure: short sentences, and no abbreviation, in both languages. Read on the Markdown, as a reader
reads it: citations, link targets, comments and markup left out (factbase.pages.markdown_page.prose)."""

import re

import pytest

from factbase.pages.markdown_page import MarkdownPage
from factbase.pages.page_rules import page_problems
from factbase.pages.shape_rules import word_count
from tests.conftest import ROOT

PAGES = {language: ROOT / "docs" / f"facile-a-lire.{language}.md" for language in ("fr", "en")}
MAX_MEAN_WORDS = 12  # issue 15: mean words per sentence
MAX_WORDS = 20  # one sentence may run longer than the mean, never this long
# Abbreviations a reader may not know, each written out in words on the page instead. Any other word
# in capitals (two letters or more: MHV, APPA…) counts as one too.
ABBREVIATIONS = ("CNIL", "NIR", "RGPD", "GDPR", "CPAM", "CAF", "ANSSI", "BL2C", "FINESS", "SIRET", "RIB",
                 "IBAN", "SMS", "AFP", "TF1", "RFI", "FSPF", "DGCCRF", "PDF", "IP", "etc", "e.g", "i.e", "cf",
                 "n°", "ex")
# Sentences end at . ! ? (not inside 17cyber.gouv.fr) and at the end of a paragraph or a list item.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def sentences(page: MarkdownPage) -> list[str]:
    found = []
    for block in page.blocks:
        if block.kind in ("paragraph", "item"):
            found += [s for s in _SENTENCE_END.split(block.prose) if word_count(s)]
    return found


def abbreviations(text: str) -> list[str]:
    listed = [a for a in ABBREVIATIONS if re.search(rf"(?<![\w.]){re.escape(a)}(?![\w])", text, re.IGNORECASE
                                                     if a.islower() else 0)]
    capitals = [w for w in re.findall(r"\b[A-Z][A-Z0-9]+\b", text) if sum(c.isupper() for c in w) >= 2]
    return sorted(set(listed + capitals))


def page(language: str) -> MarkdownPage:
    path = PAGES[language]
    return MarkdownPage(str(path.relative_to(ROOT)), path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("language", ["fr", "en"])
def test_sentences_are_short(language):
    found = sentences(page(language))
    counts = [word_count(s) for s in found]
    mean = sum(counts) / len(counts)
    print(f"{language}: {len(counts)} sentences, {sum(counts)} words, mean {mean:.1f}, longest {max(counts)}")
    assert len(found) >= 40, "the page covers what happened, who, what leaked, what to do and where to get help"
    assert mean <= MAX_MEAN_WORDS, f"{mean:.1f} words per sentence on average (at most {MAX_MEAN_WORDS})"
    long = [f"{word_count(s)} words: {s}" for s in found if word_count(s) > MAX_WORDS]
    assert not long, "split these sentences:\n" + "\n".join(long)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_no_abbreviation_but_words(language):
    md = page(language)
    text = " ".join([md.front_matter.get("title", ""), md.front_matter.get("description", "")] +
                    [block.prose for block in md.blocks])
    assert abbreviations(text) == []


def test_the_measures_can_fail():
    long = MarkdownPage("docs/x.fr.md", "# T\n\nSelon la CNIL, ceci est une phrase bien trop longue pour une page "
                        "facile à lire, qui doit en dire moins à la fois [@cnil-2024-02-07]. Courte.\n")
    assert [word_count(s) for s in sentences(long)] == [24, 1]
    assert abbreviations(" ".join(b.prose for b in long.blocks)) == ["CNIL"]
    assert abbreviations("Envoyez un SMS, etc. Voir MHV et 17cyber.gouv.fr ; FranceConnect.") == ["MHV", "SMS", "etc"]


def test_the_page_keeps_every_rule_and_has_large_type():
    pages = [page("fr"), page("en")]
    assert [str(p) for p in page_problems(pages)] == []
    for md in pages:
        assert md.front_matter["styles"] == ["easy-read.css"]
    css = (ROOT / "overrides" / "assets" / "stylesheets" / "easy-read.css").read_text(encoding="utf-8")
    assert re.search(r"\.md-typeset \{\s*font-size: 1rem;", css), "body text at 1rem (20 px), not Material's 0.8rem"
