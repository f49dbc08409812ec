"""The data published for reuse, once for the whole site (not per language), under /data/."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from typing import Any

import jinja2

from factbase.data.dataset import Dataset
from factbase.data.sources import Source
from factbase.text.lang import LANGUAGES
from factbase.text.localized import Localized
from factbase.text.urls import DOWNLOADS_FOLDER, absolute_url, insurer_url

# New columns go at the end, so that a program that reads the columns by position keeps working.
CSV_COLUMNS = ("slug", "name", "aliases", "operator", "operator_name", "from", "until", "basis", "sources",
               "last_checked", *(f"page_{language}" for language in LANGUAGES),
               *(f"basis_note_{language}" for language in LANGUAGES), *(f"note_{language}" for language in LANGUAGES),
               "note_sources", "source_titles", "source_urls", "note_source_titles", "note_source_urls")
# Several values in one cell (aliases, sources and their titles and addresses, in the same order).
CELL_SEPARATOR = " | "
# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# The byte order mark: how Excel and LibreOffice tell UTF-8 apart from their locale's 8-bit encoding
# (without it, French Excel shows "Adréa" as "AdrÃ©a"). Programs read it with the encoding utf-8-sig.
BOM = "\ufeff"
# The two spreadsheet files: the same rows, separated by commas (RFC 4180: LibreOffice, Numbers,
# Google Sheets, Excel in English, programs), and by semicolons, the list separator of Excel set to
# French (and German, Spanish...), which splits a double-clicked file on that character only.
SPREADSHEET_FILES = {"insurers.csv": ",", "insurers-semicolon.csv": ";"}
JSON_FILES = ("insurers", "timeline", "sources", "official-actions")


def json_text(data: Any) -> str:
    """JSON that stays inert if a page ever embeds it: <, > and & are written as \\u escapes."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") + "\n"


def _cell(value: str) -> str:
    return f"'{value}" if value.startswith(_FORMULA_START) else value


def _texts(text: Localized | None) -> list[str]:
    return [text.get(language) if text else "" for language in LANGUAGES]


def _joined(values: Iterable[str]) -> str:
    return CELL_SEPARATOR.join(values)


def _described(ids: tuple[str, ...], sources: Mapping[str, Source]) -> list[str]:
    """The titles and the addresses of the sources, each in the order of ``ids``."""
    return [_joined(sources[i].title for i in ids), _joined(sources[i].url or "" for i in ids)]


def insurer_rows(dataset: Dataset, site_url: str) -> list[list[str]]:
    """One row per insurer and operator link, in slug order, header first."""
    rows = [list(CSV_COLUMNS)]
    for insurer in sorted(dataset.insurers.listed, key=lambda i: i.slug):
        pages = [absolute_url(site_url, insurer_url(insurer.slug, language)) for language in LANGUAGES]
        for link in insurer.operators:
            row = [insurer.slug, insurer.name, _joined(insurer.aliases), link.operator, link.operator_name or "",
                   link.start or "", link.end or "", link.basis, _joined(link.sources), insurer.last_checked, *pages,
                   *_texts(link.basis_note), *_texts(link.note), _joined(link.note_sources),
                   *_described(link.sources, dataset.sources), *_described(link.note_sources, dataset.sources)]
            rows.append([_cell(value) for value in row])
    return rows


def spreadsheet_csv(rows: list[list[str]], delimiter: str) -> str:
    """Every cell quoted: LibreOffice's import dialog may have several separators ticked (comma,
    semicolon, tab), and a quoted cell is never split, whichever they are."""
    out = io.StringIO()
    out.write(BOM)
    csv.writer(out, delimiter=delimiter, quoting=csv.QUOTE_ALL, lineterminator="\n").writerows(rows)
    return out.getvalue()


def download_files(dataset: Dataset, *, site_url: str, env: jinja2.Environment) -> dict[str, str]:
    """Site path -> content of every download: the data as JSON (the same shape as the YAML, so
    that the published schemas validate it), the insurers as CSV, the schemas and the licence."""
    rows = insurer_rows(dataset, site_url)
    files = {f"{DOWNLOADS_FOLDER}/{name}": spreadsheet_csv(rows, delimiter)
             for name, delimiter in SPREADSHEET_FILES.items()}
    for name in JSON_FILES:
        files[f"{DOWNLOADS_FOLDER}/{name}.json"] = json_text(dataset.plain[name])
        files[f"{DOWNLOADS_FOLDER}/{name}.schema.json"] = (dataset.data_dir / f"{name}.schema.json").read_text(
            encoding="utf-8")
    newest = max((update.date for update in dataset.updates), default="")
    files[f"{DOWNLOADS_FOLDER}/LICENCE.txt"] = env.get_template("data-licence.html").render(
        site_url=site_url.rstrip("/") + "/", updated=newest, columns=CSV_COLUMNS,
        separator=CELL_SEPARATOR.strip()) + "\n"
    return files
