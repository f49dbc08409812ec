"""The FR/EN parity rule (factbase.pages.parity) on small pages: twins keep the same headings, citations,
links and figures, each difference reported at its own line."""

from factbase.pages.figures import figures
from factbase.pages.parity import parity_problems
from tests.unit.test_page_rules import NB, en, fr, messages

# Parity


def test_figures_are_compared_whatever_the_language_writes():
    assert [f.value for f in figures(f"15{NB}000 €, 2,5 %, le 1er février 2024 à 15 h, 36,8 millions")] == \
        [f.value for f in figures("€15,000, 2.5%, on 1 February 2024 at 15:00, 36.8 million")]
    assert [f.value for f in figures("BL2C, article 226-4-1")] == ["226", "4", "1"]


def test_twins_must_have_the_same_headings_citations_links_and_figures():
    french = fr("# Titre\n\nIntro [@a].\n\n## Chiffres {#chiffres}\n\n33 millions [@cnil] ; voir [S](sources.md).\n\n"
                "## Dates {#dates}\n\nLe 7 février 2024 [@b].\n\n## Seulement en français {#fr-seul}\n")
    english = en("# Title\n\nIntro [@a].\n\n## Figures {#figures}\n\n34 million [@cnil].\n\n"
                 "### Dates {#dates}\n\nOn 7 February 2024 [@c].\n")
    assert messages(parity_problems(french, english)) == [
        "docs/p.fr.md:10: heading '## Chiffres {#chiffres}' differs: docs/p.en.md has '## Figures {#figures}' "
        "at line 10",
        "docs/p.fr.md:14: heading '## Dates {#dates}' differs: docs/p.en.md has '### Dates {#dates}' at line 14",
        "docs/p.fr.md:18: heading '## Seulement en français {#fr-seul}' differs: it is missing from docs/p.en.md",
        "docs/p.fr.md:16: citation [@b] is not in section #dates of docs/p.en.md (line 14)",
        "docs/p.en.md:16: citation [@c] is not in section #dates of docs/p.fr.md (line 14)",
    ]


def test_each_differing_figure_and_link_is_reported_at_its_own_line():
    french = fr("# T\n\n## A {#a}\n\n33 millions et 20 millions [@x].\n\n"
                "Voir [S](sources.md) et [G](glossaire.md#nir).\n")
    english = en("# T\n\n## A {#a}\n\n34 million and 20 million [@x].\n\nSee [S](sources.md).\n\n2024 [@x].\n")
    assert messages(parity_problems(french, english)) == [
        "docs/p.fr.md:12: link to 'glossaire.md#nir' is not in section #a of docs/p.en.md (line 8)",
        "docs/p.en.md:14: figure '2024' is not in section #a of docs/p.fr.md (line 8)",
        "docs/p.fr.md:10: figure '33' is not in section #a of docs/p.en.md (line 8)",
        "docs/p.en.md:10: figure '34' is not in section #a of docs/p.fr.md (line 8)",
    ]


def test_a_figure_repeated_in_one_language_only_is_reported():
    french = fr("# T\n\n## A {#a}\n\n20 millions ici [@x].\n\nEt 20 millions là [@x].\n")
    english = en("# T\n\n## A {#a}\n\n20 million here and there [@x].\n")
    assert messages(parity_problems(french, english)) == [
        "docs/p.fr.md:12: figure '20' appears 2 times in section #a here and 1 in docs/p.en.md (line 8)"]


def test_a_heading_that_lost_its_anchor_does_not_spill_its_content_into_the_section_before():
    french = fr("# T\n\n## A {#a}\n\nUn [@x].\n\n## B {#b}\n\nLe 7 février 2024 [@y].\n")
    english = en("# T\n\n## A {#a}\n\nOne [@x].\n\n## B\n\nOn 7 February 2024 [@y].\n")
    assert messages(parity_problems(french, english)) == [
        "docs/p.fr.md:12: heading '## B {#b}' differs: docs/p.en.md has '## B' at line 12"]
