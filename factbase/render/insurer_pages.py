"""The Markdown files behind the per-insurer pages, written into docs/assureurs/.

mkdocs-static-i18n only gives language twins, the switch, hreflang and the sitemap to pages that
exist as files, so each insurer gets a small file per language: its title, its slug and one
marker. The content is rendered from data/ at build time (factbase.render.data_pages). The folder is
gitignored and holds nothing else; files are written only when their text changes, so that
`mkdocs serve` settles after one rebuild.
"""

from __future__ import annotations

import html
import json
import os
from pathlib import Path

from factbase.data.insurers import Insurer, InsurerList
from factbase.text.lang import LANGUAGES

MARKER = "[[generated:insurer]]"


def _quoted(text: str) -> str:
    # JSON strings are YAML double-quoted strings, except for the characters YAML reads as breaks.
    quoted = json.dumps(text, ensure_ascii=False)
    for char in ("\u2028", "\u2029", "\x85", "\ufeff"):
        quoted = quoted.replace(char, f"\\u{ord(char):04x}")
    return quoted


def insurer_page_files(insurers: InsurerList) -> dict[str, str]:
    """File name -> text, for every listed and removed insurer, in every language."""
    files = {}
    for record in (*insurers.listed, *insurers.removed):
        reviewed = record.last_checked if isinstance(record, Insurer) else record.removed_on
        # Material prints page.meta.title into <title> without escaping it: escape it here.
        lines = ["---", f"title: {_quoted(html.escape(record.name, quote=False))}", f"insurer: {record.slug}",
                 f"reviewed: {reviewed}",
                 # Kept out of the search index: the table page, which is indexed, holds every name,
                 # and parsing thousands of pages for the index was most of their build time.
                 "search:", "  exclude: true"]
        text = "\n".join([*lines, "---", "", MARKER, ""])
        for language in LANGUAGES:
            files[f"{record.slug}.{language}.md"] = text
    return files


def sync_files(folder: Path, files: dict[str, str]) -> tuple[int, int]:
    """Make ``folder`` hold exactly ``files``; return how many were written and deleted. Each file is
    whole or absent, even while another build of the same checkout reads or writes it (the tests run
    builds side by side)."""
    folder.mkdir(parents=True, exist_ok=True)
    existing = {path.name for path in folder.glob("*.md")}
    written = 0
    for name, text in files.items():
        path = folder / name
        if name in existing and path.read_text(encoding="utf-8") == text:
            continue
        partial = path.with_name(f".{name}.{os.getpid()}.partial")
        partial.write_text(text, encoding="utf-8")
        partial.replace(path)
        written += 1
    stale = existing - files.keys()
    for name in stale:
        (folder / name).unlink(missing_ok=True)
    return written, len(stale)
