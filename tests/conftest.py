"""Shared fixtures: the real site built once per test session, served on a local port."""

from __future__ import annotations

import fcntl
import fnmatch
import functools
import http.server
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import ClassVar
from urllib.parse import urlsplit

import pytest

from sitecheck.serving import serving
from tests.builds import BUILD_ENVIRONMENT

ROOT = Path(__file__).resolve().parents[1]
# Whole modules go to one worker (make test: --dist loadscope), handed out in this order: the modules
# that take a minute (marked `long`) first, then the browser's, then the rest, so that short modules
# fill the end and no worker is left alone with a long one while the other has finished. Among the
# long ones, those without a browser come first: they keep both cores busy while the site builds.
SCHEDULE = ("long", "browser")


@pytest.hookimpl(trylast=True)  # after tests/browser/conftest.py has marked its tests
def pytest_collection_modifyitems(items):
    def rank(item) -> tuple[int, bool]:
        marks = [index for index, name in enumerate(SCHEDULE) if item.get_closest_marker(name)]
        return min(marks, default=len(SCHEDULE)), bool(item.get_closest_marker("browser"))
    items.sort(key=rank)  # stable: each module's tests stay together and in order


def build_site(destination: Path, config_file: Path = ROOT / "mkdocs.yml", env: dict | None = None,
               check: bool = True, generator: str = "mkdocs") -> subprocess.CompletedProcess:
    """A strict build of ``config_file`` into ``destination`` by ``generator`` (the module run: mkdocs,
    or properdocs for tests/site/test_exit_path.py); returns the finished process."""
    environment = {**os.environ, **BUILD_ENVIRONMENT, **(env or {})}
    result = subprocess.run(
        [sys.executable, "-m", generator, "build", "--strict", "--config-file", str(config_file),
         "--site-dir", str(destination)],
        capture_output=True, text=True, env=environment, cwd=config_file.parent)
    if check and result.returncode != 0:
        pytest.fail(f"the site did not build:\n{result.stderr[-4000:]}")
    return result


def built_once(name: str, tmp_path_factory, worker_id: str, make) -> Path:
    """What ``make(folder)`` builds into a folder, once for the whole test run: under pytest-xdist the
    first worker that asks builds it, and the others wait for it and read the same files."""
    run_folder = tmp_path_factory.getbasetemp()
    if worker_id != "master":  # basetemp is per worker; its parent is this run's
        run_folder = run_folder.parent
    folder = run_folder / f"shared-{name}"
    with open(run_folder / f"shared-{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # held until the file closes
        if not (folder / ".complete").exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            make(folder)
            (folder / ".complete").touch()
    return folder


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory, worker_id) -> Path:
    return built_once("site", tmp_path_factory, worker_id, lambda folder: build_site(folder / "site")) / "site"


# Files that the browser tests load into pages from the test server itself, beside the site: served
# from the same origin, they pass a strict Content-Security-Policy (script-src 'self').
TEST_ASSETS = {"/__tests__/axe.min.js": ROOT / "node_modules" / "axe-core" / "axe.min.js",
               "/__tests__/blank.html": ROOT / "tests" / "fixtures" / "pages" / "blank.html"}


def read_headers_file(path: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    """The rules of a Netlify-style `_headers` file: (path pattern, [(name, value), ...])."""
    rules: list[tuple[str, list[tuple[str, str]]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            rules.append((line.strip(), []))
        else:
            name, _, value = line.strip().partition(":")
            rules[-1][1].append((name.strip(), value.strip()))
    return rules


def headers_for(rules, url_path: str) -> list[tuple[str, str]]:
    """The headers that a host reading `_headers` sends with ``url_path`` ("*" matches anything)."""
    headers = []
    for pattern, values in rules:
        if fnmatch.fnmatchcase(url_path, pattern):
            headers += values
    return headers


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the built site as a host that reads `_headers` would, so that the browser tests run
    under the response-header policy as well as the <meta> one."""

    header_rules: ClassVar[list] = []

    def end_headers(self):
        path = urlsplit(self.path).path
        for name, value in [] if path in TEST_ASSETS else headers_for(self.header_rules, path):
            self.send_header(name, value)
        super().end_headers()

    def log_message(self, *args):
        pass

    def translate_path(self, path):
        asset = TEST_ASSETS.get(path.split("?", 1)[0])
        return str(asset) if asset else super().translate_path(path)


def serve(directory: Path, handler=None):
    """Serve ``directory`` over HTTP on 127.0.0.1 at a free port, with the headers of its `_headers`
    file as a host that reads one would send them; yields the base URL."""
    headers_file = directory / "_headers"
    rules = read_headers_file(headers_file) if headers_file.exists() else []
    handler_class = type("Handler", (handler or SiteHandler,), {"header_rules": rules})
    with serving(functools.partial(handler_class, directory=str(directory))) as url:
        yield url


@pytest.fixture(scope="session")
def site_url(site_dir) -> str:
    """The built site served over HTTP on 127.0.0.1 at a free port, with the headers of `_headers`."""
    yield from serve(site_dir)


PROJECT_PARTS = ("mkdocs.yml", "data", "docs", "factbase", "hooks", "overrides", "scripts")


def project_copy(destination: Path) -> Path:
    """A copy of what the build reads, for tests that break an input on purpose."""

    destination.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, destination / part,
                            ignore=shutil.ignore_patterns("__pycache__", "assureurs"))
        else:
            shutil.copy2(source, destination / part)
    return destination


def read_html(path: Path):
    from bs4 import BeautifulSoup

    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def reviewed_on(stem: str, language: str = "fr") -> str:
    """The `reviewed:` date (ISO) in the front matter of docs/<stem>.<language>.md."""
    from factbase.pages.markdown_page import MarkdownPage

    path = ROOT / "docs" / f"{stem}.{language}.md"
    return str(MarkdownPage(str(path), path.read_text(encoding="utf-8")).front_matter["reviewed"])


FIXTURES = ROOT / "tests" / "fixtures"


def fixture_data(folder: Path, *overrides: Path) -> Path:
    """A data folder: the valid fixture data (tests/fixtures/data) with the real schemas, and the
    YAML files of each ``overrides`` folder put in place of theirs."""
    folder.mkdir(parents=True, exist_ok=True)
    for source in (FIXTURES / "data", *overrides):
        for path in source.glob("*.yaml"):
            shutil.copy(path, folder / path.name)
    for path in (ROOT / "data").glob("*.schema.json"):
        shutil.copy(path, folder / path.name)
    return folder


def fixture_build(folder: Path, language: str):
    """A language build over a fixture data folder, for the renderers. Not factbase.render.site.load_model:
    that also checks the real pages, whose citations name the real sources, not the fixture's."""
    from factbase.data.dataset import load_dataset
    from factbase.render.model import LanguageBuild, SiteModel
    from factbase.render.render import fragment_environment

    model = SiteModel(dataset=load_dataset(folder, "data", docs_dir=ROOT / "docs"),
                      env=fragment_environment(ROOT / "overrides" / "fragments"), pages=())
    return LanguageBuild(model, language)


SYNTHETIC_COUNT = 60  # more than one page of the table (50 rows)


@pytest.fixture(scope="session")
def synthetic_site_dir(tmp_path_factory, worker_id) -> Path:
    """The site built from synthetic data (scripts/synthetic_data.py) in a copy of the project:
    SYNTHETIC_COUNT insurers, the first one hostile HTML, one removed insurer, and a hostile entry
    in the changelog. data/ and docs/assureurs/ of the repository are left alone."""
    return built_once("synthetic", tmp_path_factory, worker_id, _build_synthetic_site) / "site"


def _build_synthetic_site(work: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("synthetic_data", ROOT / "scripts" / "synthetic_data.py")
    synthetic = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(synthetic)
    project = project_copy(work / "project")
    data = synthetic.write(SYNTHETIC_COUNT, work / "data", hostile=True, removed=1)
    shutil.copy(FIXTURES / "hostile" / "updates.yaml", data / "updates.yaml")
    build_site(work / "site", project / "mkdocs.yml", env={"SITE_DATA_DIR": str(data)})


@pytest.fixture(scope="session")
def synthetic_site_url(synthetic_site_dir) -> str:
    yield from serve(synthetic_site_dir)


REDIRECT_RECORDS = """redirects:
  - from: ancienne-page/
    to: sources/#cnil-2024-02-07
    date: "2026-11-25"
  - from: vieux/dossier/
    to: ""
    date: "2026-11-25"
"""
OUTSIDE_NAV_PAGE = ("---\ntitle: {title}\nreviewed: 2026-11-25\n---\n\n# {title}\n\n!!! in-short \"{in_short}\"\n\n"
                    "    - Text.\n\n## {section} {{#details}}\n\nText [@cnil-2024-02-07].\n")


@pytest.fixture(scope="session")
def variant_site_dir(tmp_path_factory, worker_id) -> Path:
    """The real site built with what it does not hold yet but will: two records in
    data/redirects.yaml, and a page left out of the nav (as insurer pages are), in both languages."""
    return built_once("variant", tmp_path_factory, worker_id, _build_variant_site) / "site"


def _build_variant_site(work: Path) -> None:
    project = project_copy(work / "project")
    redirects = project / "data" / "redirects.yaml"
    header = "".join(line for line in redirects.read_text(encoding="utf-8").splitlines(True) if line.startswith("#"))
    redirects.write_text(header + REDIRECT_RECORDS, encoding="utf-8")
    for language, title, section, in_short in (("fr", "Annexe", "Détails", "En bref"),
                                               ("en", "Appendix", "Details", "In short")):
        (project / "docs" / f"annexe.{language}.md").write_text(
            OUTSIDE_NAV_PAGE.format(title=title, section=section, in_short=in_short), encoding="utf-8")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "\nnot_in_nav: |\n" in text
    config.write_text(text.replace("\nnot_in_nav: |\n", "\nnot_in_nav: |\n  annexe.*.md\n"), encoding="utf-8")
    build_site(work / "site", config)  # not project/site: the build refuses to write there directly
