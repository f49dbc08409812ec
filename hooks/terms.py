"""MkDocs adapter: jargon that explains itself on first use (factbase/data/terms.py, data/terms.yaml,
loaded and checked with the rest of data/ by hooks/sources.py)."""

from __future__ import annotations

from mkdocs.plugins import event_priority

from factbase.data import GLOSSARY_PAGE
from factbase.render import explain_terms, state_of, term_matcher
from factbase.text import relative_url, url_prefix

# Hooks


@event_priority(-50)  # after hooks/data.py has put an insurer page's generated HTML in place
def on_page_content(html, *, page, config, files):
    state = state_of(config)
    glossary = url_prefix(state.language) + f"{GLOSSARY_PAGE}/"
    if page.url == glossary or not state.dataset.terms:
        return html
    key = ("term-matcher", state.language)
    if key not in state.render_cache:  # one pattern per build language, for every page
        state.render_cache[key] = term_matcher(state.dataset.terms, state.language)
    return explain_terms(html, state.render_cache[key], state.language, relative_url(glossary, page.url))
