"""The Markdown pages that maintainers write: their front matter, headings, citations and markers, and
the rules that keep French and English twins alike. Imports text and data.
"""

# The names that hooks/ may use (tests/unit/test_layers.py): the public API of this folder.
from factbase.pages.citations import render_citations
from factbase.pages.freshness import reviewed_note
from factbase.pages.markers import marker_names, replace_markers
from factbase.pages.page_shape import fold_sections, mark_in_short
from factbase.pages.sourcing import strip_no_citation_markers

__all__ = [
    "fold_sections",
    "mark_in_short",
    "marker_names",
    "render_citations",
    "replace_markers",
    "reviewed_note",
    "strip_no_citation_markers",
]
