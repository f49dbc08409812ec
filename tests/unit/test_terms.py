"""Jargon that explains itself (factbase/data/terms.py), per language, on HTML as the build makes it."""

from __future__ import annotations

import shutil

import pytest
from bs4 import BeautifulSoup

from factbase.data.dataset import load_dataset
from factbase.data.problems import DataError
from factbase.data.terms import Term, glossary_problems, read_terms
from factbase.pages.glossary import glossary_anchors
from factbase.render.terms import explain_terms, term_matcher
from factbase.text.localized import Localized
from tests.conftest import ROOT, fixture_data


def term(term_id: str, fr: tuple[str, ...], en: tuple[str, ...], glossary: str | None = None) -> Term:
    return Term(term_id, glossary if glossary is not None else term_id, (("fr", fr), ("en", en)),
                Localized.from_data({"fr": f"Explication de {fr[0]} : simple.", "en": f"What {en[0]} means."}),
                None)


TERMS = (
    term("tiers-payant", ("tiers payant", "tiers-payant"), ("tiers payant", "tiers-payant")),
    term("operateur", ("opérateurs de tiers payant", "opérateur de tiers payant", "opérateur"),
         ("tiers-payant operator", "operators", "operator"), "operateur-de-tiers-payant"),
    term("nir", ("NIR",), ("NIR",)),
    term("ayants-droit", ("ayants droit",), ("dependants",), glossary=""),
)


def explained(html: str, language: str = "fr") -> BeautifulSoup:
    return BeautifulSoup(explain_terms(html, term_matcher(TERMS, language), language, "../glossaire/"),
                         "html.parser")


def terms_in(soup: BeautifulSoup) -> list[tuple[str, str, str | None]]:
    return [(tag.name, tag.get_text(), tag.get("href")) for tag in soup.select(".vm-term")]


def test_only_the_first_use_on_the_page_explains_itself():
    soup = explained("<p>Le tiers payant, encore le tiers payant.</p><p>Toujours le tiers payant.</p>")
    assert terms_in(soup) == [("a", "tiers payant", "../glossaire/#tiers-payant")]
    link = soup.select_one(".vm-term")
    assert link["title"] == "Explication de tiers payant\u00a0: simple."  # French spacing, as text


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", "<p>Un opérateur de tiers payant et le tiers payant.</p>",
     [("a", "opérateur de tiers payant", "../glossaire/#operateur-de-tiers-payant"),
      ("a", "tiers payant", "../glossaire/#tiers-payant")]),
    ("en", "<p>A tiers-payant operator and the tiers payant.</p>",
     [("a", "tiers-payant operator", "../glossaire/#operateur-de-tiers-payant"),
      ("a", "tiers payant", "../glossaire/#tiers-payant")]),
])
def test_the_longest_form_wins_and_each_language_has_its_own(language, text, expected):
    assert terms_in(explained(text, language)) == expected


def test_forms_match_across_line_breaks_and_non_breaking_spaces_but_only_whole_words():
    soup = explained("<p>Le tiers\npayant. Les opérateurs\u00a0de tiers payant. Une coopérateur.</p>")
    assert [text for _, text, _ in terms_in(soup)] == ["tiers\npayant", "opérateurs\u00a0de tiers payant"]


def test_an_acronym_matches_only_as_written_a_word_whatever_its_case():
    soup = explained("<p>Le nir, puis Tiers payant en début de phrase, puis le NIR.</p>")
    assert [text for _, text, _ in terms_in(soup)] == ["Tiers payant", "NIR"]


@pytest.mark.parametrize("html", [
    "<h2 id='x'>Le tiers payant</h2>",
    "<h3>Le <em>tiers payant</em></h3>",
    "<p><a href='x'>le tiers payant</a></p>",
    "<p><code>tiers payant</code></p>",
    "<pre><code>tiers payant</code></pre>",
    "<div class='admonition example'><p class='admonition-title'>SMS</p><p>Votre tiers payant</p></div>",
    "<div class='admonition note'><p class='admonition-title'>Le tiers payant</p></div>",
    "<div class='vm-letter-tool'><div><p>Mon opérateur de tiers payant</p></div></div>",
    "<details class='vm-sources'><summary>Sources</summary><ol><li>Le tiers payant</li></ol></details>",
    "<p>Texte<sup class='vm-cite'><a href='#cite-x'>tiers payant</a></sup></p>",
    "<p><cite>Le tiers payant attaqué</cite></p>",
    "<p><label for='f'>Votre tiers payant</label><button>tiers payant</button></p>",
])
def test_headings_links_code_examples_letters_and_notes_are_left_alone(html):
    assert terms_in(explained(html)) == []


def test_a_term_left_alone_is_explained_at_its_next_use_outside():
    soup = explained("<h2>Le tiers payant</h2><p><a href='x'>tiers payant</a></p><p>Le tiers payant.</p>")
    [link] = soup.select(".vm-term")
    assert link.parent.name == "p" and link.find_parent("a") is None and link.find_parent("h2") is None


def test_a_term_without_a_glossary_entry_is_a_span():
    soup = explained("<p>Les ayants droit.</p>")
    assert terms_in(soup) == [("span", "ayants droit", None)]
    assert explained("<p>Their dependants.</p>", "en").select_one("span.vm-term")["title"] == "What dependants means."


def test_markup_and_entities_around_terms_survive():
    html = ("<p class='x'>L&#39;<strong>opérateur</strong> &amp; le <br>NIR<!-- note --> "
            "<img alt='tiers payant' src='i.png'>.</p><p>Fin</p>")
    out = explain_terms(html, term_matcher(TERMS, "fr"), "fr", "../glossaire/")
    assert out.replace('<a class="vm-term" href="../glossaire/#operateur-de-tiers-payant" title="Explication de '
                       'opérateurs de tiers payant\u00a0: simple.">opérateur</a>', "opérateur") \
              .replace('<a class="vm-term" href="../glossaire/#nir" title="Explication de NIR\u00a0: simple.">NIR</a>',
                       "NIR") == html
    assert "alt='tiers payant'" in out  # attributes are never touched


def test_unclosed_and_stray_tags_do_not_stop_it():
    soup = explained("<p>Un <em>tiers payant</p></span><h2>NIR</h2><p>Le NIR</p>")
    assert [text for _, text, _ in terms_in(soup)] == ["tiers payant", "NIR"]
    assert soup.select_one("h2").get_text() == "NIR"


def test_explanations_are_escaped():
    evil = (Term("x", "x", (("fr", ("mot",)), ("en", ("word",))),
                 Localized.from_data('"><script>alert(1)</script>'), None),)
    out = explain_terms("<p>Un mot.</p>", term_matcher(evil, "fr"), "fr", "g/")
    assert "<script>" not in out and "&lt;script&gt;" in out


def test_the_real_terms_point_at_headings_of_both_glossaries():
    dataset = load_dataset(ROOT / "data", docs_dir=ROOT / "docs")
    ids = {t.id for t in dataset.terms}
    # issue 15, item 3: at least these terms.
    assert {"tiers-payant", "operateur", "ayants-droit", "responsable-de-traitement", "sous-traitant", "nir", "bl2c",
            "cnil", "anssi", "complementaire-sante", "hameconnage"} <= ids
    assert glossary_problems(dataset.terms, glossary_anchors(ROOT / "docs")) == []
    for language in ("fr", "en"):
        assert all(t.forms_in(language) for t in dataset.terms)


def test_a_repeated_id_and_a_shared_form_are_reported(tmp_path):
    folder = fixture_data(tmp_path / "data")
    text = (folder / "terms.yaml").read_text(encoding="utf-8")
    text = text.replace("  - id: rgpd\n", "  - id: nir\n", 1)
    text = text.replace("      en:\n        - CNIL\n", "      en:\n        - CNIL\n        - NIR\n", 1)
    (folder / "terms.yaml").write_text(text, encoding="utf-8")
    _, problems = read_terms(folder)
    messages = [str(problem) for problem in problems]
    assert any("term 'nir' is listed twice" in message for message in messages), messages
    assert any("'NIR' is a form of 'cnil' too" in message for message in messages), messages


def test_an_anchor_that_the_glossary_lacks_stops_the_build(tmp_path):
    folder = fixture_data(tmp_path / "data")
    text = (folder / "terms.yaml").read_text(encoding="utf-8")
    (folder / "terms.yaml").write_text(text.replace("glossary: nir", "glossary: nir-absent"), encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    for language in ("fr", "en"):
        shutil.copy(ROOT / "docs" / f"glossaire.{language}.md", docs)
    with pytest.raises(DataError) as error:
        load_dataset(folder, docs_dir=docs, glossary=glossary_anchors(docs))
    report = str(error.value)
    assert "data/terms.yaml:" in report and "(record nir, field glossary)" in report
    assert "#nir-absent is not a heading of docs/glossaire.fr.md" in report
    assert "#nir-absent is not a heading of docs/glossaire.en.md" in report
