"""French typography in the French text of data records, reported at its line in the data file.

The rule is the one the page rules apply to ``*.fr.md`` pages (factbase.text.typography). It is
checked here, on the data, because the insurer pages in docs/assureurs/ are generated: a straight
quote in a name must be reported at its line in data/insurers.yaml, which a maintainer edits, not in
a generated page. Each text is checked as it is printed: a name as written, and the French side of
a ``{fr, en}`` text after ``typeset``, which applies the rule's spacing (the schema asks for plain
spaces): what is left to report in a text is what no typesetting fixes, such as a straight quote.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from factbase.data.problems import Problem
from factbase.data.yamlfile import JsonPath, YamlDocument, walk_fields
from factbase.text.localized import typeset
from factbase.text.typography import french_typography_flaws

# Record fields printed as written, in every language (a name is not translated).
AS_WRITTEN = ("name",)


def french_text_problems(document: YamlDocument, lists: Iterable[str], record_key: str) -> list[Problem]:
    """Typography problems in the French texts of the records under each of ``lists``."""
    data = document.data if isinstance(document.data, dict) else {}
    problems = []
    for key in lists:
        records = data.get(key)
        for index, record in enumerate(records if isinstance(records, list) else []):
            if not isinstance(record, dict):
                continue
            name = record.get(record_key)
            for path, text in walk_fields(record, (key, index), _french_text):
                problems += [Problem(document.display_path, flaw.message, flaw.hint, line=document.line_of(path),
                                     record=name if isinstance(name, str) else None,
                                     field=".".join(map(str, path[2:])))
                             for flaw in french_typography_flaws(text)]
    return problems


def _french_text(path: JsonPath, value: Any) -> list[tuple[JsonPath, str]] | None:
    """(path, text as printed) of a record's name or of the ``fr`` side of a text; None for any other
    field. ``path`` is (list, index, field...)."""
    key = path[-1]
    if key == "fr" and isinstance(value, str):
        return [(path, typeset(value, "fr"))]
    if key in AS_WRITTEN and len(path) == 3 and isinstance(value, str):
        return [(path, value)]
    return None
