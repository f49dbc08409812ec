"""The built site as published addresses: its pages, redirect pages, 404 pages and downloads.

Everything is discovered from the files in site/. URL paths are site-relative, like MkDocs' own
page URLs: "" is the home page, "sources/" a page, "en/feed.xml" a file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from sitecheck.html import HtmlFacts, read_html

# What tells one kind of generated insurer page from another: its operators, its verdict and the kinds
# of its sources (the classes that the insurer template sets from the record).
_PAGE_SHAPE = re.compile(r"\bvm-(?:op|verdict|badge)--[a-z-]+")
_INSURER_PAGE = re.compile(r"(?:en/)?assureurs/[^/]+/")

# Material's bundles (hashed names) and the search index are how the site works, not addresses that
# anyone links to; they change with every theme upgrade.
INTERNAL_FOLDERS = ("assets/", "search/")
# Files that readers and programs fetch by address: feeds, data downloads and their schemas, ...
DOWNLOAD_SUFFIXES = frozenset({".xml", ".json", ".csv", ".txt", ".pdf", ".zip", ".atom", ".ics"})
NOT_FOUND_NAME = "404.html"


@dataclass(eq=False)
class BuiltSite:
    root: Path
    site_url: str
    _facts: dict[Path, HtmlFacts] = field(default_factory=dict, repr=False)
    # Every file, by its path relative to root: one scan of the folder, then lookups only.
    _files: dict[str, Path] = field(default_factory=dict, repr=False)
    _urls: dict[Path, str] = field(default_factory=dict, repr=False)

    @classmethod
    def open(cls, root: Path, site_url: str | None = None) -> BuiltSite:
        """``site_url`` defaults to the home page's canonical URL, which MkDocs builds from site_url."""
        site = cls(Path(root), "")
        site._files = {path.relative_to(site.root).as_posix(): path for path in site.root.rglob("*") if path.is_file()}
        if site_url is None:
            home = site.root / "index.html"
            site_url = site.facts(home).canonical if home.is_file() else None
            if not site_url:
                raise ValueError(f"{home} has no <link rel=canonical>: is site_url set in mkdocs.yml?")
        site.site_url = site_url if site_url.endswith("/") else site_url + "/"
        return site

    # Files and their addresses

    def display(self, file: Path) -> str:
        return f"{self.root.name}/{file.relative_to(self.root).as_posix()}"

    def url_of(self, file: Path) -> str:
        if file not in self._urls:
            relative = file.relative_to(self.root).as_posix()
            is_index = relative == "index.html" or relative.endswith("/index.html")
            self._urls[file] = relative[: -len("index.html")] if is_index else relative
        return self._urls[file]

    def file_of(self, url: str) -> Path | None:
        """The file served at a site-relative URL path, or None (no directory listing, no index guess)."""
        path = unquote(url.split("#", 1)[0].split("?", 1)[0])
        relative = path + "index.html" if path == "" or path.endswith("/") else path
        return self._files.get(relative)

    def internal_path(self, absolute_url: str) -> str | None:
        """"https://site/en/faq/#x" -> "en/faq/#x"; None for an address outside the site."""
        if absolute_url == self.site_url.rstrip("/"):
            return ""
        if absolute_url.startswith(self.site_url):
            return absolute_url[len(self.site_url):]
        return None

    def resolve(self, href: str, from_url: str) -> tuple[str, str] | None:
        """Follow ``href`` as a browser would from the page at ``from_url``.

        Returns (site-relative path, fragment) for an address inside the site, None for another host
        or scheme (mailto:, https://elsewhere).
        """
        target = urljoin(self.site_url + from_url, href)
        parts = urlsplit(target)
        if parts.scheme not in ("http", "https"):
            return None
        inside = self.internal_path(parts._replace(query="", fragment="").geturl())
        if inside is None:
            return None
        return inside, unquote(parts.fragment)

    # What the site holds

    def html_files(self) -> list[Path]:
        return [self._files[relative] for relative in sorted(self._files)
                if relative.endswith(".html") and not relative.startswith(INTERNAL_FOLDERS)]

    def facts(self, file: Path) -> HtmlFacts:
        if file not in self._facts:
            self._facts[file] = read_html(file.read_text(encoding="utf-8"))
        return self._facts[file]

    def is_redirect(self, file: Path) -> bool:
        return self.facts(file).refresh is not None

    def is_not_found(self, file: Path) -> bool:
        return file.name == NOT_FOUND_NAME

    def pages(self) -> list[Path]:
        """Pages with content: every HTML file but the redirect pages and the 404 pages."""
        return [file for file in self.html_files() if not self.is_not_found(file) and not self.is_redirect(file)]

    def sample(self) -> list[Path]:
        """Every page that maintainers write, the 404 pages, and one generated insurer page of each
        shape in each language (see _PAGE_SHAPE): what the sweeps over every kind of page visit, so that
        they cost the same however many insurers the data holds. A new kind of record (a new operator,
        verdict or kind of source) is in the sample at once."""
        sample, shapes = [], set()
        for file in self.pages() + self.not_found_pages():
            url = self.url_of(file)
            if _INSURER_PAGE.fullmatch(url):
                shape = (url.startswith("en/"), frozenset(_PAGE_SHAPE.findall(file.read_text(encoding="utf-8"))))
                if shape in shapes:
                    continue
                shapes.add(shape)
            sample.append(file)
        return sample

    def redirects(self) -> list[Path]:
        return [file for file in self.html_files() if self.is_redirect(file)]

    def not_found_pages(self) -> list[Path]:
        return [file for file in self.html_files() if self.is_not_found(file)]

    def downloads(self) -> list[Path]:
        """Feeds, data files, schemas, robots.txt, ...: every published file that is not a page."""
        return [self._files[relative] for relative in sorted(self._files)
                if Path(relative).suffix in DOWNLOAD_SUFFIXES and not relative.startswith(INTERNAL_FOLDERS)]

    def languages(self) -> set[str]:
        return {self.facts(file).lang for file in self.pages()} - {""}
