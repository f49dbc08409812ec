"""Site-relative URLs ("", "sources/", "en/sources/"), links between them, and the addresses of the
pages and files that the build makes from data (insurer pages, the insurer table, downloads)."""

from __future__ import annotations

import posixpath

from factbase.text.lang import url_prefix

INSURER_FOLDER = "assureurs"  # /assureurs/<slug>/ and /en/assureurs/<slug>/
TABLE_PAGE = "suis-je-concerne"
TABLE_ANCHOR = "assureurs"
UPDATES_PAGE = "mises-a-jour"
DOWNLOADS_FOLDER = "data"  # /data/insurers.json, ...: one copy for the whole site


def insurer_url(slug: str, language: str) -> str:
    return f"{url_prefix(language)}{INSURER_FOLDER}/{slug}/"


def site_page_url(name: str, language: str) -> str:
    """The URL of docs/<name>.<language>.md."""
    return f"{url_prefix(language)}{name}/"


def docs_page_url(docs_path: str, language: str) -> str:
    """The URL that MkDocs gives docs/<docs_path> (``faq.fr.md``, ``guide/index.en.md``), with
    use_directory_urls: ``faq/``, ``en/guide/``; the home page is ``""`` or ``en/``."""
    stem = docs_path.removesuffix(".md").removesuffix(f".{language}")
    path = "" if stem == "index" else stem.removesuffix("/index") + "/"
    return url_prefix(language) + path


def relative_url(target: str, from_page: str) -> str:
    """Link from the page at ``from_page`` to ``target``, both directory-style site URLs."""
    base = from_page if from_page.endswith("/") or not from_page else posixpath.dirname(from_page) + "/"
    target_path, _, fragment = target.partition("#")
    relative = posixpath.relpath("/" + target_path, "/" + base)
    if relative == ".":
        relative = "./"
    elif (target_path.endswith("/") or not target_path) and not relative.endswith("/"):
        relative += "/"
    return f"{relative}#{fragment}" if fragment else relative


def absolute_url(site_url: str, target: str) -> str:
    return site_url.rstrip("/") + "/" + target.lstrip("/")


def edit_url(docs_edit_uri: str, repository_path: str) -> str:
    """The "edit this page" address of a repository file, from mkdocs.yml's edit_uri, which
    points at docs/: ".../edit/main/docs/" -> ".../edit/main/data/insurers.yaml"."""
    base = docs_edit_uri.rstrip("/")
    return f"{posixpath.dirname(base)}/{repository_path}"
