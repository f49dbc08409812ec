"""Blocks rendered from data/ into pages: the insurer table, an insurer's page, the timeline and
the changelog. Each returns Markdown with raw HTML from a template in overrides/fragments/."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import jinja2

from factbase.data.insurers import Insurer, InsurerList, OperatorLink, RemovedInsurer, fold
from factbase.data.sources import Source
from factbase.data.timeline import Event
from factbase.data.updates import Update
from factbase.text.lang import LANGUAGES, url_prefix
from factbase.text.localized import format_event_date, format_period, label
from factbase.text.urls import DOWNLOADS_FOLDER, TABLE_ANCHOR, TABLE_PAGE, insurer_url, relative_url, site_page_url

FILTERS = ("viamedis", "almerys", "both", "unknown", "other", "not-concerned")


@dataclass(frozen=True)
class LinkView:
    """One operator link as a reader sees it, in one language."""

    operator: str
    operator_label: str
    period: str
    basis: str
    basis_label: str
    basis_note: str | None
    note: str | None
    note_sources: tuple[str, ...]
    sources: tuple[str, ...]


def link_view(link: OperatorLink, language: str) -> LinkView:
    operator_label = label(language, f"operator.{link.operator}")
    if link.operator_name:
        operator_label = label(language, "operator.named").format(operator=operator_label, name=link.operator_name)
    return LinkView(
        operator=link.operator,
        operator_label=operator_label,
        period=format_period(link.start, link.end, language),
        basis=link.basis,
        basis_label=label(language, f"basis.{link.basis}"),
        basis_note=link.basis_note.get(language) if link.basis_note else None,
        note=link.note.get(language) if link.note else None,
        note_sources=link.note_sources,
        sources=link.sources,
    )


def _evidence(views: list[LinkView]) -> list[LinkView]:
    """The links' bases without repeats: both links of an insurer that uses both operators often
    rest on the same sources."""
    seen, unique = set(), []
    for view in views:
        key = (view.basis, view.basis_note, view.sources)
        if key not in seen:
            seen.add(key)
            unique.append(view)
    return unique


def plain_list(items: list[str], language: str) -> str:
    """'A', 'A et B', 'A, B et C' ('and' in English)."""
    return items[0] if len(items) < 2 else ", ".join(items[:-1]) + label(language, "and") + items[-1]


def sourced_by(source_ids: Iterable[str], sources: Mapping[str, Source], language: str) -> str:
    """Who published these sources, in plain words and each once: 'Sources : AMAE, Mutami et Alan'."""
    names = list(dict.fromkeys(sources[source_id].publisher.get(language) for source_id in source_ids))
    key = "insurer.source_many" if len(names) > 1 else "insurer.source_one"
    return label(language, key).format(publishers=plain_list(names, language))


@dataclass(frozen=True)
class InShort:
    """An insurer page's "En bref" (contracts §1, as the hand-written pages have it), built from the
    record: its operators, where that comes from, and what to do (status picks the advice)."""

    operators: str
    operator_sources: tuple[str, ...]
    bases: tuple[tuple[str, tuple[str, ...]], ...]  # (where it comes from, its sources), in the record's order
    status: str


def in_short(insurer: Insurer, language: str) -> InShort:
    phrases, operator_sources, bases, dated = [], [], {}, False
    for link in insurer.operators:
        view = link_view(link, language)
        phrase = view.operator_label
        if link.operator in ("other", "not-concerned"):  # after a colon: no capital, as in running text
            phrase = label(language, f"in_short.operator.{link.operator}")
            if link.operator_name:
                phrase = label(language, "operator.named").format(operator=phrase, name=link.operator_name)
        phrases.append(f"{phrase}, {view.period}" if view.period else phrase)
        dated = dated or bool(view.period)
        operator_sources += link.sources
        bases.setdefault(link.basis, []).extend(link.sources)
    return InShort(
        # "Viamedis et Almerys"; with periods, "…, jusqu'au … ; …, depuis …" reads better.
        operators=label(language, "list_separator").join(phrases) if dated else plain_list(phrases, language),
        operator_sources=tuple(dict.fromkeys(operator_sources)),
        bases=tuple((label(language, f"in_short.basis.{basis}"), tuple(dict.fromkeys(ids)))
                    for basis, ids in bases.items()),
        status=insurer.status)


def render_insurer_table(insurers: InsurerList, *, language: str, page_url: str, env: jinja2.Environment) -> str:
    rows = []
    for insurer in sorted(insurers.listed, key=lambda i: (fold(i.name), i.slug)):
        views = [link_view(link, language) for link in insurer.operators]
        rows.append({
            "insurer": insurer,
            "href": relative_url(insurer_url(insurer.slug, language), page_url),
            "sort_name": fold(insurer.name),
            "views": views,
            "evidence": _evidence(views),
        })
    return env.get_template("insurer-table.html").render(
        rows=rows, language=language, filters=FILTERS, total=len(rows), operator_order=insurers.operator_order)


def render_insurer_page(record: Insurer | RemovedInsurer, *, listed: Mapping[str, Insurer],
                        sources: Mapping[str, Source], language: str, page_url: str,
                        env: jinja2.Environment) -> str:
    table_href = relative_url(f"{site_page_url(TABLE_PAGE, language)}#{TABLE_ANCHOR}", page_url)
    if isinstance(record, RemovedInsurer):
        replacement = listed.get(record.see_also) if record.see_also else None
        return env.get_template("insurer-removed.html").render(
            record=record, language=language, table_href=table_href, replacement=replacement,
            replacement_href=relative_url(insurer_url(replacement.slug, language), page_url) if replacement else None)
    views = [link_view(link, language) for link in record.operators]
    return env.get_template("insurer.html").render(
        insurer=record, views=views, language=language, table_href=table_href, in_short=in_short(record, language),
        sourced_by=lambda ids: sourced_by(ids, sources, language),
        own_notice=sources.get(record.own_notice) if record.own_notice else None)


def render_timeline(events: tuple[Event, ...], *, language: str, env: jinja2.Environment) -> str:
    months: list[tuple[str, list[tuple[Event, str]]]] = []
    for event in events:
        month = event.date[:7]
        if not months or months[-1][0] != month:
            months.append((month, []))
        months[-1][1].append((event, format_event_date(event.date, event.precision, language)))
    return env.get_template("timeline.html").render(months=months, language=language)


def render_updates(updates: tuple[Update, ...], *, language: str, page_url: str,
                   page_titles: Mapping[str, str], env: jinja2.Environment) -> str:
    entries = []
    for update in updates:
        pages = [{"href": relative_url(site_page_url(name, language), page_url),
                  "title": page_titles.get(site_page_url(name, language), name)} for name in update.pages]
        entries.append({"record": update, "pages": pages})
    feed_href = relative_url(f"{url_prefix(language)}feed.xml", page_url)
    return env.get_template("updates.html").render(entries=entries, language=language, feed_href=feed_href)


def render_downloads(*, language: str, page_url: str, env: jinja2.Environment) -> str:
    """Links to the downloads, their licence and the feeds of every language."""
    def href(path: str) -> str:
        return relative_url(path, page_url)

    files = [{"name": f"{name}.{kind}", "href": href(f"{DOWNLOADS_FOLDER}/{name}.{kind}"),
              "description": label(language, f"downloads.{name}_{kind}"),
              "schema_href": href(f"{DOWNLOADS_FOLDER}/{name}.schema.json") if kind == "json" else None}
             for name, kind in (("insurers", "json"), ("insurers", "csv"), ("insurers-semicolon", "csv"),
                                ("timeline", "json"), ("official-actions", "json"), ("sources", "json"))]
    feeds = [{"language": lang, "href": href(f"{url_prefix(lang)}feed.xml")} for lang in LANGUAGES]
    return env.get_template("downloads.html").render(
        files=files, feeds=feeds, licence_href=href(f"{DOWNLOADS_FOLDER}/LICENCE.txt"), language=language)
