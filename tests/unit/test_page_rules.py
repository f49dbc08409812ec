"""The page rules on small pages: each rule reports its problem with the file, the line and a fix."""


import pytest

from factbase.data.dataset import load_dataset
from factbase.pages.anchors import anchor_problems
from factbase.pages.french_typography import typography_problems
from factbase.pages.freshness import freshness_problems, reviewed_note
from factbase.pages.markdown_page import MarkdownPage
from factbase.pages.page_rules import load_pages, page_problems
from factbase.pages.shape_rules import fold_problems, in_short_problems, word_count
from factbase.pages.sourcing import insurer_names, names_pattern, sourcing_problems, strip_no_citation_markers
from factbase.pages.twins import twin_problems
from tests.conftest import ROOT, fixture_data

NB = "\u00a0"
FRONT = "---\ntitle: T\nreviewed: 2026-11-25\n---\n\n"


def fr(body: str, name: str = "docs/p.fr.md") -> MarkdownPage:
    return MarkdownPage(name, FRONT + body)


def en(body: str, name: str = "docs/p.en.md") -> MarkdownPage:
    return MarkdownPage(name, FRONT + body)


def messages(problems) -> list[str]:
    return [str(problem).split("\n")[0] for problem in problems]


# The site's own pages


def test_the_real_pages_keep_every_rule():
    pages = load_pages(ROOT / "docs", ROOT)
    assert len(pages) >= 16
    assert messages(page_problems(pages)) == []


# Twins


def test_a_page_without_its_twin_is_reported_from_either_side():
    pages = [fr("# A\n", "docs/a.fr.md"), en("# B\n", "docs/b.en.md"), MarkdownPage("docs/c.md", "# C\n")]
    assert messages(twin_problems(pages)) == [
        "docs/c.md: a page file must be named name.<language>.md",
        "docs/a.fr.md: no en twin: docs/a.en.md is missing",
        "docs/b.en.md: no fr twin: docs/b.fr.md is missing",
    ]


def test_generated_pages_in_pairs_are_twins():
    pages = [fr("# A\n", "docs/assureurs/alan.fr.md"), en("# A\n", "docs/assureurs/alan.en.md")]
    assert twin_problems(pages) == []


# Anchors


def test_every_section_heading_needs_a_unique_explicit_anchor_of_the_right_form():
    page = fr("# Titre\n\n## Sans ancre\n\n## Bon {#bon}\n\n### Double {#bon}\n\n## Mal {#Mal_Forme}\n\n"
              "## Réservé {#page-sources}\n\n#### Profond\n")
    assert messages(anchor_problems(page)) == [
        "docs/p.fr.md:8: heading '## Sans ancre' has no explicit anchor",
        "docs/p.fr.md:12: anchor #bon is used twice on this page (first at line 10)",
        "docs/p.fr.md:14: anchor #Mal_Forme of '## Mal' has the wrong form",
        "docs/p.fr.md:16: anchor #page-sources is reserved for the citation notes",
    ]


def test_headings_in_code_blocks_are_not_headings():
    assert anchor_problems(fr("```\n## pas un titre\n```\n")) == []


# Freshness


@pytest.mark.parametrize(("front", "expected"), [
    ("title: T\n", "docs/p.fr.md:1: no `reviewed:` date in the front matter"),
    ("title: T\nreviewed: 2026-02-30\n",
     "docs/p.fr.md:3: reviewed: 2026-02-30 is not a real date in the form YYYY-MM-DD"),
    ("title: T\nreviewed: bientôt\n", "docs/p.fr.md:3: reviewed: bientôt is not a real date in the form YYYY-MM-DD"),
])
def test_a_missing_or_unreal_review_date_is_reported(front, expected):
    assert messages(freshness_problems(MarkdownPage("docs/p.fr.md", f"---\n{front}---\n\n# T\n"))) == [expected]


def test_a_page_without_front_matter_has_no_review_date():
    assert messages(freshness_problems(MarkdownPage("docs/p.fr.md", "# T\n"))) == [
        "docs/p.fr.md:1: no `reviewed:` date in the front matter"]


def test_the_review_date_is_shown_in_each_language():
    assert reviewed_note({"reviewed": "2026-11-25"}, "fr") == {
        "label": "Page revue le", "iso": "2026-11-25", "text": "25 novembre 2026"}
    import datetime as dt
    assert reviewed_note({"reviewed": dt.date(2026, 11, 1)}, "en")["text"] == "1 November 2026"
    assert reviewed_note({}, "en") is None


# Sourcing


def test_statements_of_fact_without_a_citation_are_reported():
    page = fr("# T\n\nPlus de 33 millions de personnes.\n\n"
              "- Le numéro de sécurité sociale est en cause.\n- Cité [@a].\n\n"
              "Annoncé en février.\n\n| Quand | Quoi |\n| --- | --- |\n| 7 février 2024 | communiqué |\n\n"
              "Alan passe par Almerys.\n")
    assert messages(sourcing_problems(page, names_pattern(["Alan"]))) == [
        "docs/p.fr.md:8: this paragraph states a figure ('33') but cites no source",
        "docs/p.fr.md:10: this list item names a data class ('numéro de sécurité sociale') but cites no source",
        "docs/p.fr.md:13: this paragraph gives a date ('février') but cites no source",
        "docs/p.fr.md:17: this table row states a figure ('7') but cites no source",
        "docs/p.fr.md:19: this paragraph links an insurer to an operator ('Alan', 'Almerys') but cites no source",
    ]


def test_the_insurers_looked_for_are_those_of_the_loaded_dataset(tmp_path):
    insurers = load_dataset(fixture_data(tmp_path / "data")).insurers
    # Listed insurers' names and aliases of more than two characters; removed ones are not looked for.
    assert insurer_names(insurers) == ["Assureur Avis", "Assureur Inconnu", "Assureur Non Concerné", "Élan Mutuelle"]
    page = fr("# T\n\nÉlan Mutuelle passe par Viamedis.\n\nAncien Assureur passe par Viamedis.\n")
    assert messages(sourcing_problems(page, names_pattern(insurer_names(insurers)))) == [
        "docs/p.fr.md:8: this paragraph links an insurer to an operator ('Élan Mutuelle', 'Viamedis') "
        "but cites no source"]


def test_what_is_not_a_statement_of_fact_needs_no_citation():
    page = en("# 33 million {#x}\n\n## Step 2 {#step}\n\nTested with WCAG 2.1 at 360 px, under CC BY 4.0.\n\n"
              "The BL2C squad. Most people may be concerned.\n\n"
              "See [the notes](notes.md#a-2024) and `code 42`.\n\n[[generated:sources]]\n\n"
              "```\n33 million\n```\n\nViamedis and Almerys are operators.\n")
    assert sourcing_problems(page, names_pattern(["Alan"])) == []


def test_the_opt_out_marker_needs_a_reason_and_is_removed_from_the_page():
    page = en("# T\n\nThis site never asks for your social security number. <!-- no-citation: the site itself -->\n\n"
              "Checked on 25 November 2026. <!-- no-citation -->\n")
    assert messages(sourcing_problems(page)) == ["docs/p.en.md:10: <!-- no-citation --> without a reason"]
    assert strip_no_citation_markers("A. <!-- no-citation: why -->\n") == "A. \n"


def test_a_block_counts_its_citation_on_any_of_its_lines():
    page = fr("# T\n\n- Plus de 33 millions\n  de personnes [@cnil-2024-02-07].\n\n"
              "Un paragraphe de 2024\nsur deux lignes [@a].\n")
    assert sourcing_problems(page) == []


# En bref

IN_SHORT = '!!! in-short "En bref"\n\n    - Selon la CNIL, plus de 33 millions de personnes [@cnil-2024-02-07].\n'


def test_a_page_that_opens_with_its_short_answer_passes():
    assert in_short_problems(fr(f"# Titre\n\n{IN_SHORT}    - Méfiez-vous des messages.\n\nLa suite.\n")) == []
    english = en('# Title\n\n!!! in-short "In short"\n\n    1. One point that runs\n       over two lines.\n')
    assert in_short_problems(english) == []


def test_the_block_must_come_right_after_the_title_with_file_line_and_fix():
    [late] = in_short_problems(fr(f"# Titre\n\nUne introduction.\n\n{IN_SHORT}"))
    assert str(late) == (
        'docs/p.fr.md:8: the "En bref" block is at line 10, not right after the title (line 6)\n'
        '    fix: put it right after the title and a blank line: !!! in-short "En bref", a blank line, then 1 to 3 '
        "points indented by four spaces (    - …), each of at most 20 words with its [@source-id]")
    assert messages(in_short_problems(fr("# Titre\n\nUne introduction.\n"))) == [
        'docs/p.fr.md:8: the page does not open with its "En bref" block: line 8 comes first']
    assert messages(in_short_problems(en("# Title\n"))) == [
        'docs/p.en.md:6: the page has no "In short" block after its title']
    assert messages(in_short_problems(fr(f"Avant le titre.\n\n# Titre\n\n{IN_SHORT}"))) == [
        "docs/p.fr.md:6: the page does not start with its # Title line"]
    # a comment before the title is not text (the printable sheet has one)
    assert in_short_problems(fr(f"<!-- note -->\n\n# Titre\n\n{IN_SHORT}")) == []


def test_the_block_has_the_title_of_its_language_and_stays_open():
    page = en('# Title\n\n??? in-short "En bref"\n\n    - A point.\n')
    assert messages(in_short_problems(page)) == [
        'docs/p.en.md:8: the "In short" block is collapsible (???): the answer must show',
        'docs/p.en.md:8: the "In short" block\'s title is "En bref"']
    assert messages(in_short_problems(fr("# Titre\n\n!!! in-short\n\n    - Un point.\n"))) == [
        "docs/p.fr.md:8: the \"En bref\" block's title is missing"]


def test_the_block_holds_one_to_three_points_of_at_most_twenty_words():
    long_point = " ".join(["mot"] * 21)
    page = fr(f'# Titre\n\n!!! in-short "En bref"\n\n    - Un.\n    - Deux.\n    - Trois\n      et suite.\n'
              f"    - Quatre {long_point} [@cnil-2024-02-07; @francetvinfo-2024-02-07].\n")
    assert messages(in_short_problems(page)) == [
        'docs/p.fr.md:8: the "En bref" block has 4 points; it holds 1 to 3',
        'docs/p.fr.md:14: point 4 of the "En bref" block has 22 words; at most 20 (citations not counted)']
    assert messages(in_short_problems(fr('# Titre\n\n!!! in-short "En bref"\n\n    Un paragraphe.\n'))) == [
        'docs/p.fr.md:10: the "En bref" block holds text that is not one of its points (line 10)',
        'docs/p.fr.md:8: the "En bref" block has 0 points; it holds 1 to 3']


def test_words_are_counted_as_read_without_citations_links_or_markup():
    assert word_count("    - **Vérifiez** l'adresse sur [ameli.fr](https://www.ameli.fr/) [@ameli-phishing-page].") == 4
    assert word_count("- Plus de 33 000 e-mails, selon la CNIL [@cnil-2024-02-07].") == 8


def test_the_rules_read_the_pages_that_maintainers_write_not_the_generated_ones(tmp_path):
    docs = tmp_path / "docs"
    (docs / "assureurs").mkdir(parents=True)
    (docs / "guide").mkdir()
    for name in ("index.fr.md", "guide/a.en.md", "assureurs/alan.fr.md", "assureurs/alan.en.md"):
        (docs / name).write_text('---\ntitle: "Alan"\n---\n', encoding="utf-8")
    assert [page.path for page in load_pages(docs, tmp_path)] == ["docs/guide/a.en.md", "docs/index.fr.md"]
    assert in_short_problems(fr("# Accueil\n", "docs/index.fr.md")) != []
    assert in_short_problems(fr("# Faq\n", "docs/faq.fr.md")) != []


def test_the_block_anchor_is_reserved():
    assert messages(anchor_problems(fr("# T\n\n## En bref {#en-bref}\n"))) == [
        "docs/p.fr.md:8: anchor #en-bref is reserved for the En bref block"]


# Folding


@pytest.mark.parametrize(("value", "expected"), [
    ("2", []), ("3", []),
    ("4", ["docs/p.fr.md:4: fold: 4 is not a heading level that folds"]),
    ("oui", ["docs/p.fr.md:4: fold: oui is not a heading level that folds"]),
    ("true", ["docs/p.fr.md:4: fold: True is not a heading level that folds"]),
])
def test_fold_is_a_heading_level_that_folds(value, expected):
    page = MarkdownPage("docs/p.fr.md", f"---\ntitle: T\nreviewed: 2026-11-25\nfold: {value}\n---\n\n# T\n")
    assert messages(fold_problems(page)) == expected


# French typography


def test_plain_spaces_before_high_punctuation_and_inside_guillemets_are_reported():
    page = fr("# Que faire ? {#que-faire}\n\nSelon la CNIL : non ; « oui ». Vraiment !\n")
    assert messages(typography_problems(page)) == [
        "docs/p.fr.md:6: plain space before '?' in 'Que faire ?'",
        "docs/p.fr.md:8: plain space before ':' in 'Selon la CNIL : non ; « oui ». Vr…'",
        "docs/p.fr.md:8: plain space before ';' in 'Selon la CNIL : non ; « oui ». Vraiment…'",
        "docs/p.fr.md:8: plain space before '!' in '… ; « oui ». Vraiment !'",
        "docs/p.fr.md:8: no non-breaking space after « in '…lon la CNIL : non ; « oui ». Vraiment !'",
        "docs/p.fr.md:8: no non-breaking space before » in '… CNIL : non ; « oui ». Vraiment !'",
    ]


def test_straight_quotes_in_french_text_are_reported_but_not_in_markup():
    page = fr('# T\n\nLe site dit "bonjour".\n\n[Lien](https://x.fr/?a=1 "titre") <a href="x.md">x</a> `"code"`\n\n'
              '## Titre {#t}\n\n| a | b |\n| :--- | ---: |\n')
    assert messages(typography_problems(page)) == [
        "docs/p.fr.md:8: straight quotes in French text: 'Le site dit \"bonjour\".'"]


def test_correct_french_typography_and_english_pages_pass():
    good = fr(f"# Que faire{NB}? {{#q}}\n\nSelon la CNIL{NB}: «{NB}oui{NB}» [@a; @b]{NB}; voir https://x.fr/a?b:c.\n")
    assert typography_problems(good) == []
    english = en('# What now? {#q}\n\n!!! in-short "In short"\n\n    - Be wary.\n\nAccording to CNIL : "yes".\n')
    assert page_problems([english, fr(f'# Quoi{NB}? {{#q}}\n\n!!! in-short "En bref"\n\n    - Méfiance.\n')], []) == []


# Title


def test_a_pages_title_is_its_front_matter_title_else_its_first_level_one_heading():
    assert MarkdownPage("docs/r.fr.md", "---\ntitle: Risques\n---\n\n# Les risques\n").title == "Risques"
    assert MarkdownPage("docs/r.fr.md", "## Avant\n\n# Les risques {#risks}\n").title == "Les risques"
    assert MarkdownPage("docs/r.fr.md", "```\n# pas un titre\n```\n").title == ""
