"""3. Preview: how long `make serve` takes to show a one-page edit.

The clock starts when the edited page is saved and stops when the server returns the page with the
edit in it. MkDocs' dev server holds every request until a running rebuild has finished, so that is
the moment a browser's live reload would show the change. `make serve` itself runs, in a copy of
the project, on a free port.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

from benchmarks.project import ROOT, WORK, build_env, copy_project
from benchmarks.server import free_port
from benchmarks.timing import load_average, summarize

EDITED_PAGE = Path("docs") / "faq.fr.md"
EDITED_URL = "faq/"
STARTUP_TIMEOUT_S = 600
REBUILD_TIMEOUT_S = 120


def _wait_for_text(url: str, text: str, timeout: float) -> float:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=timeout) as response:
                if text in response.read().decode("utf-8", errors="replace"):
                    return time.monotonic()
        except OSError:
            pass
        time.sleep(0.02)
    raise TimeoutError(f"{url} did not show {text!r} within {timeout} s")


def _edited(original: str, token: str) -> str:
    # A plain paragraph before the first section: no figure, date or link, so the page rules
    # (citations, twin parity) have nothing to say about it.
    head, sep, rest = original.partition("\n## ")
    return f"{head}\n{token}\n{sep}{rest}" if sep else f"{original}\n{token}\n"


def serve_command(project: Path, target: str, port: int) -> list[str]:
    return ["make", "--no-print-directory", "-C", str(project), target, f"PORT={port}"]


def preview(runs: int, say: Callable[[str], None], target: str = "serve") -> dict:
    """Edits timed under ``make <target>`` (serve: both languages; serve-fr: French only)."""
    project = copy_project("preview")
    (project / ".venv").symlink_to(ROOT / ".venv")
    port = free_port()
    address = f"127.0.0.1:{port}"
    log_path = WORK / f"preview-{target}.log"
    command = serve_command(project, target, port)
    with open(log_path, "wb") as log:
        server = subprocess.Popen(command, cwd=project, env=build_env(), stdout=log, stderr=subprocess.STDOUT,
                                  start_new_session=True)
    page = project / EDITED_PAGE
    original = page.read_text(encoding="utf-8")
    url = f"http://{address}/{EDITED_URL}"
    times, loads = [], []
    try:
        started = time.monotonic()
        _wait_for_text(url, "</html>", STARTUP_TIMEOUT_S)
        startup = time.monotonic() - started
        say(f"  make serve answered after {startup:.1f} s")
        for number in range(runs + 1):  # the first edit warms up (the first rebuild settles the generated pages)
            time.sleep(1.5)  # let the watcher and the previous rebuild settle
            token = f"vmbenchedit{number}x{int(time.time())}"
            loads.append(load_average())
            saved = time.monotonic()
            page.write_text(_edited(original, token), encoding="utf-8")
            seen = _wait_for_text(url, token, REBUILD_TIMEOUT_S)
            if number:
                times.append(seen - saved)
                say(f"  edit {number}: {seen - saved:.2f} s, load {loads[-1]:.2f}")
    finally:
        page.write_text(original, encoding="utf-8")
        os.killpg(server.pid, signal.SIGTERM)  # the process group that `make serve` started, by its id
        server.wait(timeout=30)
    flags = _serve_flags()
    return {"command": f"make {target}" + (f"  # with SERVE_FLAGS={flags}" if flags else ""),
            "startup_s": round(startup, 2),
            "edit_s": summarize(times).as_dict(), "runs": [round(t, 3) for t in times],
            "loads": [round(x, 2) for x in loads[1:]]}


def _serve_flags() -> str:
    out = subprocess.run(["make", "--no-print-directory", "-s", "-C", str(ROOT), "print-serve-flags"],
                         capture_output=True, text=True)
    return out.stdout.strip()
