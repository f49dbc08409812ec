"""`make serve` rebuilds only what an edit needs (hooks/preview.py) and never serves a stale page.

A real `mkdocs serve --dirty` (what `make serve` runs) on a copy of the project, on a free 127.0.0.1
port. Each edit is checked in both languages, then reverted, and every page checked must come back
byte for byte as it was before the edit (the live-reload script aside): a text edit (the fast path),
a title edit (every page's navigation: a full rebuild), and a data edit (the insurer pages).
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.builds import BUILD_ENVIRONMENT
from tests.conftest import ROOT, project_copy

pytestmark = pytest.mark.long  # started first: see tests/conftest.py, SCHEDULE

TIMEOUT_S = 180  # a full rebuild on a loaded 2-core machine, with room to spare
# The script that `serve` adds to every page, with the build's time in it.
LIVE_RELOAD = re.compile(r"<script>(?:(?!<script>).)*?livereload\(\d+, \d+\);\s*</script>", re.DOTALL)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT_S) as response:
            return LIVE_RELOAD.sub("", response.read().decode("utf-8"))
    except OSError:
        return None


def wait_until(base: str, paths: list[str], check, what: str) -> None:
    deadline = time.monotonic() + TIMEOUT_S
    while time.monotonic() < deadline:
        pages = {path: fetch(base + path) for path in paths}
        if all(page is not None and check(path, page) for path, page in pages.items()):
            return
        time.sleep(0.1)
    failing = [path for path, page in pages.items() if page is None or not check(path, page)]
    pytest.fail(f"after {TIMEOUT_S} s, {what} is still not true of: {', '.join(failing)}")


@pytest.fixture(scope="module")
def preview(tmp_path_factory):
    """(project, base URL): `mkdocs serve --dirty` running on a copy of the project."""
    project = project_copy(tmp_path_factory.mktemp("preview") / "project")
    port = free_port()
    log = (project / "serve.log").open("wb")
    env = {**os.environ, **BUILD_ENVIRONMENT}
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dirty", "--dev-addr", f"127.0.0.1:{port}"],
                              cwd=project, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}/"
    try:
        wait_until(base, ["faq/", "en/faq/"], lambda path, page: "</html>" in page, "the first build is served")
        yield project, base
    finally:
        # Ctrl-C, by the id of the process group started here: serve then removes its temporary folder.
        os.killpg(server.pid, signal.SIGINT)
        server.wait(timeout=30)
        log.close()
        print((project / "serve.log").read_text(encoding="utf-8", errors="replace")[-3000:])


def edit_and_revert(preview, edits: dict[str, tuple[str, str]], expected: dict[str, str], unchanged: list[str]):
    """Apply ``edits`` (file: (old, new)), wait until each page of ``expected`` shows its text, revert,
    and wait until those pages and ``unchanged`` are again exactly as they were before."""
    project, base = preview
    watched = sorted(set(expected) | set(unchanged))
    before = {path: fetch(base + path) for path in watched}
    assert all(before.values()), before
    for path, text in expected.items():
        assert text not in before[path], f"{text!r} is already in {path}"
    originals = {name: (project / name).read_text(encoding="utf-8") for name in edits}
    try:
        for name, (old, new) in edits.items():
            assert originals[name].count(old) >= 1, f"{old!r} is not in {name}"
            (project / name).write_text(originals[name].replace(old, new, 1), encoding="utf-8")
        wait_until(base, list(expected), lambda path, page: expected[path] in page, "the edit is served")
    finally:
        for name, text in originals.items():
            (project / name).write_text(text, encoding="utf-8")
    wait_until(base, watched, lambda path, page: page == before[path], "the page as it was before the edit")


def test_make_serve_runs_the_incremental_preview():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^serve:.*\n\t\$\(BIN\)/mkdocs serve --dirty ", makefile, re.MULTILINE)


def test_a_text_edit_is_served_in_both_languages_then_reverted(preview):
    edit_and_revert(
        preview,
        {"docs/faq.fr.md": ("\n## ", "\nvmtextedit-fr\n\n## "), "docs/faq.en.md": ("\n## ", "\nvmtextedit-en\n\n## ")},
        {"faq/": "vmtextedit-fr", "en/faq/": "vmtextedit-en",
         "search/search_index.fr.json": "vmtextedit-fr", "search/search_index.en.json": "vmtextedit-en"},
        unchanged=["a-propos/", "en/a-propos/"])


def test_a_title_edit_reaches_every_pages_navigation(preview):
    project, _ = preview
    fr_title = re.search(r"^title: (.+)$", (project / "docs/faq.fr.md").read_text(encoding="utf-8"), re.M)[1]
    en_title = re.search(r"^title: (.+)$", (project / "docs/faq.en.md").read_text(encoding="utf-8"), re.M)[1]
    edit_and_revert(
        preview,
        {"docs/faq.fr.md": (f"title: {fr_title}\n", f"title: {fr_title} vmtitle-fr\n"),
         "docs/faq.en.md": (f"title: {en_title}\n", f"title: {en_title} vmtitle-en\n")},
        # pages other than the one edited: their navigation lists the new title
        {"a-propos/": "vmtitle-fr", "glossaire/": "vmtitle-fr", "en/a-propos/": "vmtitle-en",
         "en/glossaire/": "vmtitle-en", "faq/": "vmtitle-fr"},
        unchanged=["search/search_index.fr.json", "search/search_index.en.json"])


def test_a_data_edit_reaches_the_insurer_pages_in_both_languages(preview):
    edit_and_revert(
        preview,
        {"data/insurers.yaml": ("    name: Adréa\n", "    name: Adréa vmdataedit\n")},
        {"assureurs/adrea/": "vmdataedit", "en/assureurs/adrea/": "vmdataedit",
         "suis-je-concerne/": "vmdataedit", "en/suis-je-concerne/": "vmdataedit"},
        unchanged=["faq/"])


def test_the_preview_folder_holds_no_manifest_of_a_failed_build(preview):
    # A page with a broken link fails the strict build; the next build, once it is fixed, is a full one.
    project, base = preview
    page = project / "docs/faq.fr.md"
    original = page.read_text(encoding="utf-8")
    before = fetch(base + "faq/")
    try:
        page.write_text(original.replace("\n## ", "\n[vmbroken](page-qui-n-existe-pas.md)\n\n## ", 1), encoding="utf-8")
        log = Path(project / "serve.log")
        deadline = time.monotonic() + TIMEOUT_S
        while "page-qui-n-existe-pas.md" not in log.read_text(encoding="utf-8", errors="replace"):
            assert time.monotonic() < deadline, "the broken link was never reported"
            time.sleep(0.1)
    finally:
        page.write_text(original, encoding="utf-8")
    wait_until(base, ["faq/"], lambda path, html: html == before, "the page as it was before the edit")
