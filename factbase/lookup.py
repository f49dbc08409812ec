"""The insurer lookup: its block ([[generated:insurer-lookup]]) and its data file.

The data file is one compact JSON per language, lookup/insurers.json under the language's root
(/lookup/insurers.json, /en/lookup/insurers.json), fetched by insurer-lookup.js on first focus:

    {"version": 1, "language": "fr",
     "strings": ["Viamedis", "Avis de l'assureur", ...],      # display texts, each stored once
     "sources": [["cnil-2024-02-07", "CNIL, 7 février 2024"], ...],
     "insurers": [[name, slug, [aliases], status, [[operator, basis, [source, ...]], ...]], ...]}

`operator` and `basis` are indexes into strings, `source` into sources; `status` is
Insurer.status. Insurers come in the table's order (folded name). Arrays rather than objects, and
repeated texts stored once, keep 10,000 insurers near 1 MB before compression.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping

import jinja2

from factbase.data_pages import TABLE_ANCHOR, TABLE_PAGE, link_view, site_page_url
from factbase.insurers import Insurer, fold
from factbase.lang import url_prefix
from factbase.localized import format_date
from factbase.sources import Source
from factbase.urls import relative_url

LOOKUP_FILE = "lookup/insurers.json"  # under each language's root
LOOKUP_VERSION = 1
LETTER_PAGE = "lettre-rgpd"


def lookup_data(insurers: Iterable[Insurer], sources: Mapping[str, Source], language: str) -> dict:
    strings: list[str] = []
    string_index: dict[str, int] = {}
    source_rows: list[list[str]] = []
    source_index: dict[str, int] = {}

    def text(value: str) -> int:
        if value not in string_index:
            string_index[value] = len(strings)
            strings.append(value)
        return string_index[value]

    def source(source_id: str) -> int:
        if source_id not in source_index:
            source_index[source_id] = len(source_rows)
            source_rows.append([source_id, source_label(sources[source_id], language)])
        return source_index[source_id]

    rows = []
    for insurer in sorted(insurers, key=lambda insurer: (fold(insurer.name), insurer.slug)):
        links = []
        for view in (link_view(link, language) for link in insurer.operators):
            operator = f"{view.operator_label}, {view.period}" if view.period else view.operator_label
            basis = f"{view.basis_label} ({view.basis_note})" if view.basis_note else view.basis_label
            links.append([text(operator), text(basis), [source(source_id) for source_id in view.sources]])
        rows.append([insurer.name, insurer.slug, list(insurer.aliases), insurer.status, links])
    return {"version": LOOKUP_VERSION, "language": language, "strings": strings, "sources": source_rows,
            "insurers": rows}


def lookup_json(insurers: Iterable[Insurer], sources: Mapping[str, Source], language: str) -> str:
    return json.dumps(lookup_data(insurers, sources, language), ensure_ascii=False, separators=(",", ":"))


def source_label(source: Source, language: str) -> str:
    """'CNIL, 7 février 2024': enough to recognise a source; its entry has the rest."""
    return f"{source.publisher.get(language)}, {format_date(source.date, language, source.date_approximate)}"


def render_lookup(*, language: str, page_url: str, env: jinja2.Environment, help_url: str) -> str:
    """The lookup block for the page at ``page_url`` (site-relative), with links relative to it."""
    root = url_prefix(language)

    def href(target: str) -> str:
        return relative_url(target, page_url)

    return env.get_template("insurer-lookup.html").render(
        language=language,
        src=href(root + LOOKUP_FILE),
        base=href(root),
        sources_href=href(site_page_url("sources", language)),
        table_href=href(f"{site_page_url(TABLE_PAGE, language)}#{TABLE_ANCHOR}"),
        letter_href=href(site_page_url(LETTER_PAGE, language)),
        help_href=href(help_url),
    )
