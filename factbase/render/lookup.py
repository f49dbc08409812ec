"""The insurer lookup: its block ([[generated:insurer-lookup]]) and its data file.

The data file is one compact JSON per language, lookup/insurers.json under the language's root
(/lookup/insurers.json, /en/lookup/insurers.json), fetched by insurer-lookup.js on first focus and
read by its matching module (lookup/match.js, which checks `version` and the field names):

    {"version": 2, "language": "fr",
     "insurer_fields": ["name", "slug", "aliases", "status", "links"],
     "link_fields": ["operator", "basis", "sources", "note"],
     "strings": ["Viamedis", "Avis de l'assureur", ...],      # display texts, each stored once
     "sources": [["cnil-2024-02-07", "CNIL", "7 février 2024"], ...],   # id, publisher, date
     "terms": {"stop_words": [...], "generic_words": [...], "group_names": [...]},
     "operators": [{"operator": "viamedis", "name": "Viamedis", "forms": ["viamedis", ...],
                    "text": "...", "sources": [source, ...]}],
     "dont_know": {"phrases": [...], "text": "...", "sources": [source, ...]},
     "insurers": [[name, slug, [aliases], status, [[operator, basis, [source, ...], note], ...]], ...]}

An insurer is a list of its `insurer_fields`, a link a list of its `link_fields`: `operator`,
`basis` and `note` are indexes into strings (note -1 when there is none), `source` an index into
sources; `status` is Insurer.status. Insurers come in the table's order (folded name). Positional
rows rather than objects, and repeated texts stored once, keep 10,000 insurers near 1 MB before
compression; the field names and the checked version keep the rows readable. The name stays first
(the letter's insurer field, gdpr-letter.js, reads it).

`python -m factbase.render.lookup fr` prints the French file from data/, for the Node tests (tests/js/).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

import jinja2

from factbase import repository_root
from factbase.data.insurers import Insurer, fold
from factbase.data.lookup_terms import LookupTerms
from factbase.data.sources import Source
from factbase.pages.glossary import glossary_anchors
from factbase.render.data_pages import link_view
from factbase.text.lang import LANGUAGES, url_prefix
from factbase.text.localized import format_date
from factbase.text.urls import TABLE_ANCHOR, TABLE_PAGE, relative_url, site_page_url

LOOKUP_FILE = "lookup/insurers.json"  # under each language's root
LOOKUP_VERSION = 2  # lookup/match.js refuses any other (LOOKUP_VERSION there)
INSURER_FIELDS = ("name", "slug", "aliases", "status", "links")
LINK_FIELDS = ("operator", "basis", "sources", "note")
LETTER_PAGE = "lettre-rgpd"


def lookup_data(insurers: Iterable[Insurer], sources: Mapping[str, Source], terms: LookupTerms,
                language: str) -> dict:
    strings: list[str] = []
    string_index: dict[str, int] = {}
    source_rows: list[list[str]] = []
    source_index: dict[str, int] = {}

    def text(value: str | None) -> int:
        if value is None:
            return -1
        if value not in string_index:
            string_index[value] = len(strings)
            strings.append(value)
        return string_index[value]

    def source(source_id: str) -> int:
        if source_id not in source_index:
            source_index[source_id] = len(source_rows)
            source_rows.append([source_id, *source_label(sources[source_id], language)])
        return source_index[source_id]

    rows = []
    for insurer in sorted(insurers, key=lambda insurer: (fold(insurer.name), insurer.slug)):
        links = []
        for view in (link_view(link, language) for link in insurer.operators):
            operator = f"{view.operator_label}, {view.period}" if view.period else view.operator_label
            basis = f"{view.basis_label} ({view.basis_note})" if view.basis_note else view.basis_label
            cited = dict.fromkeys((*view.sources, *view.note_sources))
            links.append([text(operator), text(basis), [source(source_id) for source_id in cited], text(view.note)])
        rows.append([insurer.name, insurer.slug, list(insurer.aliases), insurer.status, links])
    operators = [{"operator": operator.operator, "name": operator.name, "forms": list(operator.folded_forms),
                  "text": operator.text.get(language), "sources": [source(id_) for id_ in operator.sources]}
                 for operator in terms.operators]
    dont_know = {"phrases": list(terms.dont_know_phrases), "text": terms.dont_know_text.get(language),
                 "sources": [source(id_) for id_ in terms.dont_know_sources]}
    return {"version": LOOKUP_VERSION, "language": language, "insurer_fields": list(INSURER_FIELDS),
            "link_fields": list(LINK_FIELDS), "strings": strings, "sources": source_rows,
            "terms": {"stop_words": list(terms.stop_words), "generic_words": list(terms.generic_words),
                      "group_names": list(terms.group_names)},
            "operators": operators, "dont_know": dont_know, "insurers": rows}


def lookup_json(insurers: Iterable[Insurer], sources: Mapping[str, Source], terms: LookupTerms,
                language: str) -> str:
    return json.dumps(lookup_data(insurers, sources, terms, language), ensure_ascii=False, separators=(",", ":"))


def source_label(source: Source, language: str) -> tuple[str, str]:
    """('CNIL', '7 février 2024'): the publisher in plain words and the date; its entry has the rest."""
    date = (source.date_note.get(language) if source.date_note and not source.date
            else format_date(source.date, language, source.date_approximate))
    return source.publisher.get(language), date


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


def main(argv: list[str] | None = None) -> int:
    from factbase.data.dataset import load_dataset
    from factbase.data.problems import DataError

    parser = argparse.ArgumentParser(prog="python -m factbase.render.lookup",
                                     description="Print the lookup's data file of one language, from data/.")
    parser.add_argument("language", choices=LANGUAGES)
    parser.add_argument("--data", type=Path, default=repository_root() / "data")
    args = parser.parse_args(argv)
    try:
        docs = args.data.parent / "docs"
        dataset = load_dataset(args.data, docs_dir=docs, glossary=glossary_anchors(docs))
    except DataError as error:
        print(error, file=sys.stderr)
        return 1
    print(lookup_json(dataset.insurers.listed, dataset.sources, dataset.lookup, args.language))
    return 0


if __name__ == "__main__":
    sys.exit(main())
