"""The data published for reuse, once for the whole site (not per language), under /data/."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import jinja2

from factbase.data_pages import DOWNLOADS_FOLDER, insurer_url
from factbase.dataset import Dataset
from factbase.lang import LANGUAGES
from factbase.urls import absolute_url

CSV_COLUMNS = ("slug", "name", "aliases", "operator", "operator_name", "from", "until", "basis", "sources",
               "last_checked", *(f"page_{language}" for language in LANGUAGES))
# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def json_text(data: Any) -> str:
    """JSON that stays inert if a page ever embeds it: <, > and & are written as \\u escapes."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") + "\n"


def _cell(value: str) -> str:
    return f"'{value}" if value.startswith(_FORMULA_START) else value


def insurers_csv(dataset: Dataset, site_url: str) -> str:
    """One row per insurer and operator link, in slug order."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for insurer in sorted(dataset.insurers.listed, key=lambda i: i.slug):
        pages = [absolute_url(site_url, insurer_url(insurer.slug, language)) for language in LANGUAGES]
        for link in insurer.operators:
            row = [insurer.slug, insurer.name, " | ".join(insurer.aliases), link.operator, link.operator_name or "",
                   link.start or "", link.end or "", link.basis, " ".join(link.sources), insurer.last_checked, *pages]
            writer.writerow([_cell(value) for value in row])
    return out.getvalue()


def download_files(dataset: Dataset, *, site_url: str, env: jinja2.Environment) -> dict[str, str]:
    """Site path -> content of every download: the data as JSON (the same shape as the YAML, so
    that the published schemas validate it), the insurers as CSV, the schemas and the licence."""
    files = {f"{DOWNLOADS_FOLDER}/insurers.csv": insurers_csv(dataset, site_url)}
    for name in ("insurers", "timeline", "sources"):
        files[f"{DOWNLOADS_FOLDER}/{name}.json"] = json_text(dataset.plain[name])
        files[f"{DOWNLOADS_FOLDER}/{name}.schema.json"] = (dataset.data_dir / f"{name}.schema.json").read_text(
            encoding="utf-8")
    newest = max((update.date for update in dataset.updates), default="")
    files[f"{DOWNLOADS_FOLDER}/LICENCE.txt"] = env.get_template("data-licence.html").render(
        site_url=site_url.rstrip("/") + "/", updated=newest, columns=CSV_COLUMNS) + "\n"
    return files
