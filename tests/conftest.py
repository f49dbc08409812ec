"""Shared fixtures: the real site built once per test session, served on a local port."""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def build_site(destination: Path, config_file: Path = ROOT / "mkdocs.yml", env: dict | None = None,
               check: bool = True) -> subprocess.CompletedProcess:
    """A strict build of ``config_file`` into ``destination``; returns the finished process."""
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1707264000", **(env or {})}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(config_file),
         "--site-dir", str(destination)],
        capture_output=True, text=True, env=environment, cwd=config_file.parent)
    if check and result.returncode != 0:
        pytest.fail(f"the site did not build:\n{result.stderr[-4000:]}")
    return result


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory) -> Path:
    destination = tmp_path_factory.mktemp("built") / "site"
    build_site(destination)
    return destination


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def site_url(site_dir) -> str:
    """The built site served over HTTP on 127.0.0.1 at a free port."""
    handler = functools.partial(_QuietHandler, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


PROJECT_PARTS = ("mkdocs.yml", "data", "docs", "factbase", "hooks", "overrides")


def project_copy(destination: Path) -> Path:
    """A copy of what the build reads, for tests that break an input on purpose."""
    import shutil

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
