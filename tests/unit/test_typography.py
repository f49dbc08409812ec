"""The one French-typography rule (factbase/text/typography.py): what it fixes, where it leaves a line
alone, and that its fixes leave nothing for its own check to find."""

import pytest

from factbase.text.typography import french_spacing, french_typography_flaws

NB = "\u00a0"


@pytest.mark.parametrize(("text", "fixed"), [
    ("Statut :", f"Statut{NB}:"),
    (" : ", f"{NB}: "),  # a label that joins two parts
    (" ; ", f"{NB}; "),
    ("« oui »", f"«{NB}oui{NB}»"),
    ("«oui»", f"«{NB}oui{NB}»"),
    ("Vraiment ?  Oui !", f"Vraiment{NB}?  Oui{NB}!"),
    (f"déjà{NB}: rien", f"déjà{NB}: rien"),
])
def test_a_text_gets_its_non_breaking_spaces(text, fixed):
    assert french_spacing(text) == fixed
    assert french_typography_flaws(french_spacing(text)) == []


def test_a_markdown_line_keeps_its_indentation():
    assert french_spacing("    :   une définition", markdown=True) == "    :   une définition"
    assert french_spacing("    :   une définition") != "    :   une définition"
    assert french_spacing("Une question ?", markdown=True) == f"Une question{NB}?"
