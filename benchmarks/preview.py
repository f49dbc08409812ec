"""3. Preview: how long `make serve` takes to show a one-page edit, against a cold build.

The clock starts when the edited page is saved and stops when the server returns the page with the
edit in it. MkDocs' dev server holds every request until a running rebuild has finished, so that is
the moment a browser's live reload would show the change. `make serve` itself runs, in a copy of
the project, on a free port. The edits alternate between the French and the English page. In the
same run: cold builds of the same copy (the share is edit / cold build, medians), and data edits
(data/insurers.yaml, which rebuild every page), timed until both languages' insurer page show them.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

from benchmarks.project import ROOT, WORK, build_env, copy_project, mkdocs_build
from benchmarks.server import free_port
from benchmarks.timing import load_average, run_timed, summarize

# (page, address) edited in turn: a one-page edit in each language
EDITED_PAGES = ((Path("docs") / "faq.fr.md", "faq/"), (Path("docs") / "faq.en.md", "en/faq/"))
DATA_FILE, DATA_LINE = Path("data") / "insurers.yaml", "    name: Adréa\n"
DATA_URLS = ("assureurs/adrea/", "en/assureurs/adrea/")
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
    # RUNTIME_STAMP= : the copy uses this checkout's venv (a link), which must keep its editable install
    # of this checkout; without it, make would reinstall the copy's package into it.
    return ["make", "--no-print-directory", "-C", str(project), target, f"PORT={port}", "RUNTIME_STAMP="]


def preview(runs: int, say: Callable[[str], None], target: str = "serve") -> dict:
    """Edits timed under ``make <target>`` (serve: both languages; serve-fr: French only)."""
    project = copy_project("preview")
    (project / ".venv").symlink_to(ROOT / ".venv")
    cold = [run_timed(mkdocs_build(project, WORK / "out" / "preview-cold"), cwd=project, env=build_env(),
                      log=WORK / "preview-cold.log").wall_s for _ in range(runs)]
    say(f"  cold build: {summarize(cold).median:.2f} s (each: {', '.join(f'{t:.2f}' for t in cold)})")
    port = free_port()
    address = f"127.0.0.1:{port}"
    log_path = WORK / f"preview-{target}.log"
    command = serve_command(project, target, port)
    with open(log_path, "wb") as log:
        server = subprocess.Popen(command, cwd=project, env=build_env(), stdout=log, stderr=subprocess.STDOUT,
                                  start_new_session=True)
    pages = EDITED_PAGES[:1] if target == "serve-fr" else EDITED_PAGES
    originals = {path: (project / path).read_text(encoding="utf-8") for path, _ in pages}
    originals[DATA_FILE] = (project / DATA_FILE).read_text(encoding="utf-8")
    times, loads, data_times = [], [], []
    try:
        started = time.monotonic()
        _wait_for_text(f"http://{address}/{pages[0][1]}", "</html>", STARTUP_TIMEOUT_S)
        startup = time.monotonic() - started
        say(f"  make {target} answered after {startup:.1f} s")
        for number in range(runs + 1):  # the first edit warms up (the first rebuild settles the generated pages)
            path, url = pages[number % len(pages)]
            time.sleep(1.5)  # let the watcher and the previous rebuild settle
            token = f"vmbenchedit{number}x{int(time.time())}"
            loads.append(load_average())
            saved = time.monotonic()
            (project / path).write_text(_edited(originals[path], token), encoding="utf-8")
            seen = _wait_for_text(f"http://{address}/{url}", token, REBUILD_TIMEOUT_S)
            if number:
                times.append(seen - saved)
                say(f"  edit {number} ({url}): {seen - saved:.2f} s, load {loads[-1]:.2f}")
        for number in range(runs if target == "serve" else 0):
            time.sleep(1.5)
            token = f"vmbenchdata{number}x{int(time.time())}"
            saved = time.monotonic()
            (project / DATA_FILE).write_text(originals[DATA_FILE].replace(DATA_LINE, DATA_LINE[:-1] + f" {token}\n", 1),
                                             encoding="utf-8")
            seen = max(_wait_for_text(f"http://{address}/{url}", token, REBUILD_TIMEOUT_S) for url in DATA_URLS)
            data_times.append(seen - saved)
            say(f"  data edit {number + 1}: {seen - saved:.2f} s")
            (project / DATA_FILE).write_text(originals[DATA_FILE], encoding="utf-8")
            time.sleep(1.5)
            _wait_for_text(f"http://{address}/{DATA_URLS[0]}", "</html>", REBUILD_TIMEOUT_S)  # the revert's rebuild
    finally:
        for path, text in originals.items():
            (project / path).write_text(text, encoding="utf-8")
        os.killpg(server.pid, signal.SIGTERM)  # the process group that `make serve` started, by its id
        server.wait(timeout=30)
    flags = _serve_flags()
    result = {"command": f"make {target}" + (f"  # with SERVE_FLAGS={flags}" if flags else ""),
              "startup_s": round(startup, 2),
              "cold_build_s": summarize(cold).as_dict(), "cold_runs": [round(t, 3) for t in cold],
              "edit_s": summarize(times).as_dict(), "runs": [round(t, 3) for t in times],
              "share_of_cold": round(summarize(times).median / summarize(cold).median, 3),
              "loads": [round(x, 2) for x in loads[1:]]}
    if data_times:
        result["data_edit_s"] = summarize(data_times).as_dict()
        result["data_runs"] = [round(t, 3) for t in data_times]
    return result


def _serve_flags() -> str:
    out = subprocess.run(["make", "--no-print-directory", "-s", "-C", str(ROOT), "print-serve-flags"],
                         capture_output=True, text=True)
    return out.stdout.strip()
