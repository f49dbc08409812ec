"""The insurer list as a journalist's spreadsheet opens it with a double click: the encoding it
guesses, the separator it splits on, the header, the number of rows, the accents, and the notes
and sources that each row carries."""

from __future__ import annotations

import codecs
import csv
import io

import pytest

from factbase.render.downloads import CELL_SEPARATOR, CSV_COLUMNS, SPREADSHEET_FILES, download_files, insurer_rows
from factbase.render.site import load_model
from tests.conftest import ROOT, fixture_build, fixture_data

SITE = "https://example.org/"


def open_in_excel(data: bytes, list_separator: str) -> list[list[str]]:
    """A double-clicked CSV as Excel opens it: UTF-8 only when the file starts with a byte order mark,
    else the Windows code page of the locale (1252 in French and English); cells split at the locale's
    list separator only (";" in French, "," in English), quotes as in RFC 4180."""
    text = data[3:].decode("utf-8") if data.startswith(codecs.BOM_UTF8) else data.decode("cp1252", "replace")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=list_separator))


def open_in_libreoffice(data: bytes, separators: str = ",;\t") -> list[list[str]]:
    """LibreOffice's import dialog: UTF-8 from the byte order mark, a cell ends at any ticked separator
    outside quotes (comma, semicolon and tab are often all ticked), a row at a line end outside quotes."""
    text = data[3:].decode("utf-8") if data.startswith(codecs.BOM_UTF8) else data.decode("cp1252", "replace")
    rows, row, cell, quoted, index = [], [], [], False, 0
    while index < len(text):
        char = text[index]
        if quoted:
            if char == '"' and text[index + 1:index + 2] == '"':
                cell.append('"')
                index += 1
            elif char == '"':
                quoted = False
            else:
                cell.append(char)
        elif char == '"':
            quoted = True
        elif char in separators:
            row.append("".join(cell))
            cell = []
        elif char == "\n":
            rows.append([*row, "".join(cell)])
            row, cell = [], []
        else:
            cell.append(char)
        index += 1
    return rows + ([[*row, "".join(cell)]] if row or cell else [])


@pytest.fixture(scope="module")
def dataset_and_files(tmp_path_factory):
    build = fixture_build(fixture_data(tmp_path_factory.mktemp("spreadsheets") / "data"), "fr")
    files = download_files(build.dataset, site_url=SITE, env=build.env)
    return build.dataset, {name: files[f"data/{name}"].encode("utf-8") for name in SPREADSHEET_FILES}


def link_count(dataset) -> int:
    return sum(len(insurer.operators) for insurer in dataset.insurers.listed)


@pytest.mark.parametrize(("name", "opened"), [
    ("insurers-semicolon.csv", lambda data: open_in_excel(data, ";")),  # Excel set to French
    ("insurers.csv", lambda data: open_in_excel(data, ",")),  # Excel set to English
    ("insurers.csv", open_in_libreoffice),
    ("insurers-semicolon.csv", open_in_libreoffice),
])
def test_a_spreadsheet_opens_the_file_with_its_columns_rows_and_accents(dataset_and_files, name, opened):
    dataset, files = dataset_and_files
    rows = opened(files[name])
    assert rows[0] == list(CSV_COLUMNS), f"{name}: the header is not split into its columns"
    assert len(rows) - 1 == link_count(dataset)
    assert all(len(row) == len(CSV_COLUMNS) for row in rows), f"{name}: a row has the wrong number of cells"
    names = {row[1] for row in rows[1:]}
    assert "Élan Mutuelle" in names and "Assureur Non Concerné" in names


def test_without_its_byte_order_mark_french_excel_would_garble_the_accents(dataset_and_files):
    # What the issue saw: UTF-8 read as Windows-1252, "Adréa" shown as "AdrÃ©a".
    _, files = dataset_and_files
    rows = open_in_excel(files["insurers-semicolon.csv"].removeprefix(codecs.BOM_UTF8), ";")
    assert "Ã‰lan Mutuelle" in {row[1] for row in rows[1:]}


def test_the_comma_file_in_french_excel_is_one_column_hence_the_semicolon_file(dataset_and_files):
    _, files = dataset_and_files
    rows = open_in_excel(files["insurers.csv"], ";")
    assert len(rows[0]) < len(CSV_COLUMNS)


def test_each_row_carries_its_notes_and_its_sources_titles_and_addresses(dataset_and_files):
    dataset, files = dataset_and_files
    rows = open_in_excel(files["insurers-semicolon.csv"], ";")
    table = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    viamedis, actil = [row for row in table if row["slug"] == "assureur-avis"]
    assert viamedis["basis_note_fr"] == "avis relayé" and viamedis["basis_note_en"] == "relayed notice"
    assert actil["note_en"] == "According to an outlet, Actil was unaffected."
    assert actil["note_sources"] == "connexionfrance-2024-02"
    for row in table:
        ids = row["sources"].split(CELL_SEPARATOR)
        assert row["source_titles"].split(CELL_SEPARATOR) == [dataset.sources[i].title for i in ids]
        assert row["source_urls"].split(CELL_SEPARATOR) == [dataset.sources[i].url or "" for i in ids]
    source = dataset.sources["connexionfrance-2024-02"]
    assert (actil["note_source_titles"], actil["note_source_urls"]) == (source.title, source.url)


def test_a_program_reads_the_files_with_utf_8_sig(dataset_and_files):
    dataset, files = dataset_and_files
    for name, separator in SPREADSHEET_FILES.items():
        rows = list(csv.DictReader(io.StringIO(files[name].decode("utf-8-sig")), delimiter=separator))
        assert list(rows[0]) == list(CSV_COLUMNS) and len(rows) == link_count(dataset)


def test_every_list_in_a_cell_uses_the_one_separator_source_ids_included():
    # LICENCE.txt gives one separator for every list in a cell; the source ids were once joined by
    # spaces. The real data has links with several sources (the fixture has none).
    rows = insurer_rows(load_model(ROOT).dataset, SITE)
    header, several = rows[0], [row for row in rows[1:] if CELL_SEPARATOR in row[rows[0].index("sources")]]
    assert several, "no row with several sources"
    for row in several:
        cells = dict(zip(header, row, strict=True))
        count = len(cells["sources"].split(CELL_SEPARATOR))
        assert " " not in cells["sources"].replace(CELL_SEPARATOR, "")
        for column in ("source_titles", "source_urls"):
            assert len(cells[column].split(CELL_SEPARATOR)) == count, (cells["slug"], column)
