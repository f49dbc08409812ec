"""MkDocs adapter: jargon that explains itself on first use (factbase/data/terms.py, data/terms.yaml,
loaded and checked with the rest of data/ by hooks/sources.py)."""

from __future__ import annotations

from mkdocs.plugins import event_priority

from factbase.data import GLOSSARY_PAGE
from factbase.render import build_of, explain_terms
from factbase.text import relative_url, url_prefix

# Hooks


@event_priority(-50)  # after hooks/data.py has put an insurer page's generated HTML in place
def on_page_content(html, *, page, config, files):
    build = build_of(config)
    glossary = url_prefix(build.language) + f"{GLOSSARY_PAGE}/"
    if page.url == glossary or not build.dataset.terms:
        return html
    return explain_terms(html, build.term_matcher, build.language, relative_url(glossary, page.url))
