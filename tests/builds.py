"""Building a project copy the ways the tests need: through `make build`'s script (atomic, in a new
process), or in the test's own process, cheaply, for builds that stop early; and a hash of a built tree."""

from __future__ import annotations

import hashlib
import logging
import os
import subprocess
import sys
import traceback
from collections.abc import Mapping
from pathlib import Path

import pytest


def tree_hash(folder: Path) -> str:
    """One SHA-256 over every file's relative path and bytes, in a fixed order."""

    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


EPOCH = "1707264000"  # 2024-02-07: every test build writes this date (SOURCE_DATE_EPOCH)
# What every test build runs with: a fixed date, and no Material end-of-life banner on stderr.
BUILD_ENVIRONMENT = {"NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": EPOCH}


class _LoggedLines(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.levelname} - {record.getMessage()}")


def build_in_process(config_file: Path, site_dir: Path, env: Mapping[str, str | None] | None = None,
                     **config: object) -> tuple[int, str]:
    """What `mkdocs build --strict` does with ``config_file`` (and ``config``, settings that replace its
    own), run in this process: its exit status and the warnings and errors it logged. An exception
    that the command would print as a traceback comes back as exit status 2 with that traceback. Much
    cheaper than a new process for a build that stops early, as most broken inputs do. Not
    thread-safe: it sets environment variables."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort

    handler = _LoggedLines()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    try:
        with pytest.MonkeyPatch.context() as patch:  # the environment as it was, afterwards
            for name, value in {**BUILD_ENVIRONMENT, **(env or {})}.items():
                if value is None:
                    patch.delenv(name, raising=False)
                else:
                    patch.setenv(name, value)
            build(load_config(str(config_file), site_dir=str(site_dir), strict=True, **config))
        return 0, "\n".join(handler.lines)
    except Abort as abort:  # the command exits with status 1 on it
        return 1, "\n".join([*handler.lines, str(abort)])
    except Exception:
        return 2, "\n".join([*handler.lines, traceback.format_exc()])
    finally:
        logger.removeHandler(handler)


def run_build_script(project: Path, env: dict | None = None, unset: list[str] = ()) -> subprocess.CompletedProcess:
    """`make build` of a project copy: scripts/build.py, atomic, into project/site."""
    environment = {**os.environ, **BUILD_ENVIRONMENT, **(env or {})}
    for name in unset:
        environment.pop(name, None)
    return subprocess.run([sys.executable, str(project / "scripts" / "build.py")],
                          capture_output=True, text=True, env=environment, cwd=project)
