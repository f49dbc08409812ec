"""The site's facts as data: load, validate and render them, without MkDocs.

One folder per concern, each allowed to import only the folders below it (tests/unit/test_layers.py
holds that): ``text`` (languages, labels, dates, URLs), ``data`` (read, validate, typed records),
``pages`` (the Markdown pages and their rules), ``render`` (HTML blocks, generated pages, feeds,
downloads, and the one model of the inputs that every hook reads), ``publish`` (what a host serves
beside the pages: CSP, host files, alternates, search indexes) and ``tools`` (the command-line tools:
check, fmt, scaffold). Nothing here imports MkDocs: the thin adapters in ``hooks/`` call these modules
from MkDocs events.
"""

from pathlib import Path


def repository_root() -> Path:
    """The checkout this package runs from (the command-line tools' default for data/ and docs/)."""
    return Path(__file__).resolve().parents[1]
