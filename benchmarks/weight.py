"""4. Page weight in Chromium, and 5. the search index's size.

Every page of the built site is opened in a fresh browser context (empty cache) from a local server
that gzips as a CDN does, until the network has been idle for 500 ms. The bytes are Chromium's own
network events (Playwright's request sizes: the encoded body, i.e. compressed, and the response
headers), for the page and its workers alike. Each page belongs to one kind (home, lookup page,
insurer page...: `page_kind`); the report gives the heaviest page of each kind, in either language,
against the goal of issue 18 (at most 70 KB on every kind). Then, on the home page, what the first
use of search and of the insurer lookup fetches.
"""

from __future__ import annotations

import contextlib
import gzip
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

from benchmarks.server import GZIP_LEVEL

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = ["--no-sandbox", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--no-first-run"]
KINDS = ("html", "css", "js", "fonts", "images", "search", "lookup", "other")
MOBILE = {"viewport": {"width": 412, "height": 823}, "device_scale_factor": 1.75, "is_mobile": True,
          "has_touch": True}


def kind_of(url: str, resource_type: str) -> str:
    """The report's category of one response."""
    path = urlsplit(url).path
    if resource_type == "document":
        return "html"
    if "/search/" in path or "/workers/" in path or "/lunr/" in path:
        return "search"
    if "/lookup/" in path and not path.startswith("/assets/"):  # the data, not lookup/match.js
        return "lookup"
    suffix = path.rsplit(".", 1)[-1].lower() if "." in path.rsplit("/", 1)[-1] else ""
    if suffix == "css":
        return "css"
    if suffix in ("js", "mjs"):
        return "js"
    if suffix in ("woff", "woff2", "ttf", "otf", "eot"):
        return "fonts"
    if suffix in ("png", "svg", "ico", "jpg", "jpeg", "webp", "gif", "avif"):
        return "images"
    return "other"


@contextlib.contextmanager
def chromium() -> Iterator:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        try:
            yield browser
        finally:
            browser.close()


class Recorder:
    """Every finished response of one browser context: url, kind, body and header bytes."""

    def __init__(self, context) -> None:
        self.entries: list[dict] = []
        self.failures: list[str] = []
        context.on("requestfinished", self._finished)
        context.on("requestfailed", lambda request: self.failures.append(request.url))

    def _finished(self, request) -> None:
        if request.url.startswith(("data:", "blob:")):
            return
        sizes = request.sizes()
        response = request.response()
        body = sizes["responseBodySize"]
        if not body and response is not None:
            # Chromium reports no body size for a worker's own script; the server's Content-Length
            # is the compressed size it sent.
            body = int(response.headers.get("content-length", "0") or 0)
        self.entries.append({
            "url": request.url, "kind": kind_of(request.url, request.resource_type),
            "status": response.status if response else 0,
            "body": body, "headers": sizes["responseHeadersSize"]})

    def mark(self) -> int:
        return len(self.entries)

    def totals(self, since: int = 0) -> dict:
        entries = self.entries[since:]
        by_kind = {kind: sum(entry["body"] for entry in entries if entry["kind"] == kind) for kind in KINDS}
        return {"by_kind": by_kind, "body": sum(by_kind.values()),
                "headers": sum(entry["headers"] for entry in entries), "requests": len(entries),
                "files": [(urlsplit(entry["url"]).path, entry["kind"], entry["body"]) for entry in entries]}


# The kinds of public page: a page's address (without the language's en/) names its kind; any
# other page is a plain content page. The goal (summary.GOALS["first_view_kb"]) holds for each kind.
SPECIAL_PAGES = {"": "home", "suis-je-concerne/": "lookup page", "faq/": "FAQ", "lettre-rgpd/": "letter page",
                 "facile-a-lire/": "easy-read page", "sources/": "sources page", "journalistes/": "journalists' page",
                 "fiche/": "printable sheet", "chronologie/": "timeline", "mises-a-jour/": "updates page"}
CONTENT_PAGE = "content page"
INSURER_PAGE = "insurer page"


def page_kind(path: str) -> str:
    """The kind of the page at ``path`` ("" for the home page, "en/faq/"...)."""
    path = path.removeprefix("en/")
    if path.startswith("assureurs/") and path != "assureurs/":
        return INSURER_PAGE
    return SPECIAL_PAGES.get(path, CONTENT_PAGE)


def by_page_kind(pages: dict) -> dict:
    """For each kind, in the order above: its heaviest page, in either language, and how many pages
    of that kind were measured."""
    order = [*dict.fromkeys([*SPECIAL_PAGES.values(), INSURER_PAGE, CONTENT_PAGE])]
    kinds: dict[str, dict] = {}
    for path, page in pages.items():
        kind = page_kind(path)
        entry = kinds.setdefault(kind, {"path": path, "pages": 0, **page})
        entry["pages"] += 1
        if page["body"] > entry["body"]:
            entry.update({"path": path, **page})
    return {kind: kinds[kind] for kind in order if kind in kinds}


INSURER_PAGES_SAMPLED = 3  # per language: they all come from one template, and opening each takes a second


def _page_paths(site: Path) -> list[str]:
    """Every page, except that only the first few generated insurer pages of each language are kept."""
    paths, insurer_pages = [], {}
    for html in sorted(site.rglob("index.html")):
        relative = html.parent.relative_to(site).as_posix()
        parts = relative.split("/")
        if "assureurs" in parts[:2] and len(parts) > parts.index("assureurs") + 1:
            language = parts[0] if parts[0] == "en" else "fr"
            insurer_pages[language] = insurer_pages.get(language, 0) + 1
            if insurer_pages[language] > INSURER_PAGES_SAMPLED:
                continue
        paths.append("" if relative == "." else relative + "/")
    return paths


def first_view(browser, url: str) -> dict:
    context = browser.new_context(**MOBILE)
    recorder = Recorder(context)
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    totals = recorder.totals()
    context.close()
    return totals


def first_use(browser, url: str) -> dict:
    """On one page: the first view, then what focusing the lookup and a first search query add."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    recorder = Recorder(context)
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    out = {"view": recorder.totals()}
    if page.locator("#vm-lookup-field").count():
        mark = recorder.mark()
        page.locator("#vm-lookup-field").focus()
        page.wait_for_function("() => document.getElementById('vm-lookup').vmLookup !== undefined", timeout=30_000)
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(600)
        out["lookup_focus"] = recorder.totals(mark)
    mark = recorder.mark()
    page.keyboard.press("Escape")
    opener = page.locator("label.md-header__button[for='__search']")
    if opener.is_visible():  # narrow screens: the field sits behind the magnifier button
        opener.click()
    field = page.locator("input[data-md-component='search-query']")
    field.click()
    field.press_sequentially("phishing", delay=20)
    page.wait_for_selector(".md-search-result__item", timeout=30_000)
    page.wait_for_timeout(600)
    out["search_query"] = recorder.totals(mark)
    context.close()
    return out


def page_weights(site: Path, base_url: str, say: Callable[[str], None]) -> dict:
    with chromium() as browser:
        pages = {}
        for path in _page_paths(site):
            pages[path] = first_view(browser, base_url + path)
        heaviest = sorted((path for path in pages if path), key=lambda path: -pages[path]["body"])[:3]
        kinds = by_page_kind(pages)
        for kind, page in kinds.items():
            say(f"  {kind}, heaviest of {page['pages']}: /{page['path']}: {page['body'] / 1024:.1f} KB compressed "
                f"in {page['requests']} requests")
        home_use = first_use(browser, base_url)
        lookup_page = "suis-je-concerne/"
        table_use = first_use(browser, base_url + lookup_page) if lookup_page in pages else None
    return {"home": pages[""], "heaviest": {path: pages[path] for path in heaviest},
            "kinds": {kind: {key: value for key, value in page.items() if key != "files"}
                      for kind, page in kinds.items()},
            "all": {path: {"body": page["body"], "requests": page["requests"]} for path, page in pages.items()},
            "home_first_use": home_use, "table_first_use": table_use}


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0))


def search_index_sizes(site: Path) -> dict:
    """Raw and gzip bytes of each search index file."""
    folder = site / "search"
    return {path.name: {"raw": path.stat().st_size, "gzip": gz(path.read_bytes())}
            for path in sorted(folder.glob("search_index*.json"))}


def file_sizes(site: Path, relative: str) -> dict:
    path = site / relative
    return {"raw": path.stat().st_size, "gzip": gz(path.read_bytes())} if path.exists() else {}
