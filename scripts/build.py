"""Strict build into a temporary folder; site/ is replaced only when the build succeeds.

A failed build (bad data, broken link, crashed hook) leaves the previous site/ byte for byte.
Every date the build writes comes from SOURCE_DATE_EPOCH: from the environment (the Makefile
exports it), else from the last commit, so that two builds of one commit are byte-identical.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build(config_file: Path, site_dir: Path, extra_args: list[str]) -> int:
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if not environment.get("SOURCE_DATE_EPOCH"):
        epoch = _last_commit_epoch(config_file.parent)
        if epoch:
            environment["SOURCE_DATE_EPOCH"] = epoch
        else:
            print("warning: SOURCE_DATE_EPOCH is not set and this is not a git checkout: "
                  "the sitemap dates come from the clock.", file=sys.stderr)
    # The temporary folder sits next to site/ so that the final rename stays on one filesystem.
    work = Path(tempfile.mkdtemp(prefix=".build-", dir=site_dir.parent))
    try:
        fresh = work / "site"
        command = [sys.executable, "-m", "mkdocs", "build", "--strict",
                   "--config-file", str(config_file), "--site-dir", str(fresh), *extra_args]
        if subprocess.run(command, env=environment).returncode != 0:
            print(f"error: the build failed; {site_dir} was left as it was.", file=sys.stderr)
            return 1
        if site_dir.exists():
            site_dir.rename(work / "previous")
        fresh.rename(site_dir)
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _last_commit_epoch(folder: Path) -> str | None:
    try:
        result = subprocess.run(["git", "-C", str(folder), "log", "-1", "--format=%ct"],
                                capture_output=True, text=True, check=False)
    except OSError:
        return None
    return result.stdout.strip() if result.returncode == 0 and result.stdout.strip() else None


if __name__ == "__main__":
    sys.exit(build(ROOT / "mkdocs.yml", ROOT / "site", sys.argv[1:]))
