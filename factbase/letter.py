"""The GDPR access-request letter block ([[generated:gdpr-letter]]) on the lettre-rgpd pages."""

from __future__ import annotations

from collections.abc import Iterable

import jinja2

# The letter goes to a French insurer, so it is French on every page; pages in other languages
# show a reading aid under each paragraph.
LETTER_LANGUAGE = "fr"


def render_gdpr_letter(*, language: str, env: jinja2.Environment, insurer_names: Iterable[str] = ()) -> str:
    return env.get_template("gdpr-letter.html").render(
        language=language, letter_language=LETTER_LANGUAGE, insurer_names=sorted(set(insurer_names)))
