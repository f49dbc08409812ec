"""Languages, UI labels, dates and URLs: the words and addresses that every other layer uses. Imports
nothing else from factbase.
"""

# The names that hooks/ may use (tests/unit/test_layers.py): the public API of this folder.
from factbase.text.lang import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    all_languages_built,
    build_language,
    language_problem,
    url_prefix,
)
from factbase.text.localized import label
from factbase.text.urls import INSURER_FOLDER, absolute_url, edit_url, relative_url

__all__ = [
    "DEFAULT_LANGUAGE",
    "INSURER_FOLDER",
    "LANGUAGES",
    "absolute_url",
    "all_languages_built",
    "build_language",
    "edit_url",
    "label",
    "language_problem",
    "relative_url",
    "url_prefix",
]
