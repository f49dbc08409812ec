"""The GDPR access-request letter block ([[generated:gdpr-letter]]) on the lettre-rgpd pages."""

from __future__ import annotations

import jinja2

# The letter goes to a French insurer, so it is French on every page; pages in other languages
# show a reading aid under each paragraph.
LETTER_LANGUAGE = "fr"


def render_gdpr_letter(*, language: str, env: jinja2.Environment, names_src: str | None = None) -> str:
    """``names_src``: the lookup's data file, relative to the page, whose insurer names the insurer
    field offers; without it the field takes any text."""
    return env.get_template("gdpr-letter.html").render(
        language=language, letter_language=LETTER_LANGUAGE, names_src=names_src)
