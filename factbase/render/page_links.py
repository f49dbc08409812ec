"""What page-links.js needs from the build, per language: its labels, and where the insurer lookup and
its table are (the search hands a name over to suis-je-concerne/#lookup=<name>, contracts §5)."""

from __future__ import annotations

from factbase.text.localized import label
from factbase.text.urls import TABLE_ANCHOR, TABLE_PAGE, site_page_url

# page-links.js's name for each label -> its key in factbase/text/labels/<language>.yaml.
SCRIPT_LABELS = {
    "close": "popover.close",
    "cite_one": "popover.cite_one",
    "cite_many": "popover.cite_many",
    "cite_all": "popover.cite_all",
    "term_more": "popover.term_more",
    "search_lookup_lead": "search.lookup_lead",
    "search_lookup": "search.lookup",
}


def page_links_data(language: str) -> dict:
    return {
        "labels": {name: label(language, key) for name, key in SCRIPT_LABELS.items()},
        # Site-relative; main.html makes it relative to each page with MkDocs' `url` filter.
        "lookup_page": site_page_url(TABLE_PAGE, language),
        "table_anchor": f"#{TABLE_ANCHOR}",
    }
