"""MkDocs adapter: the page as a reader first opens it (factbase.pages.page_shape): the "En bref" block's
id, and the sections of a long page (front matter `fold: 2` or `fold: 3`) folded under their headings."""

from __future__ import annotations

from mkdocs.plugins import event_priority

from factbase.pages import fold_sections, mark_in_short

# Hooks


# After the search plugin (priority 0) has indexed the page unfolded: its parser files the text that
# follows a heading nested in <summary> under the section before it, so the index would point the
# words of a folded section at the wrong heading. The template renders page.content afterwards.
@event_priority(-50)
def on_page_context(context, *, page, config, nav):
    content = mark_in_short(page.content)
    level = page.meta.get("fold")
    if level:  # its value is checked with the page rules (factbase.pages.shape_rules.fold_problems)
        content = fold_sections(content, level)
    page.content = content
    return context
