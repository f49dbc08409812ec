"""Strict build into a temporary folder; site/ is replaced only when the build succeeds.

A failed build (bad data, broken link, crashed hook) leaves the previous site/ byte for byte.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build(config_file: Path, site_dir: Path, extra_args: list[str]) -> int:
    # The temporary folder sits next to site/ so that the final rename stays on one filesystem.
    work = Path(tempfile.mkdtemp(prefix=".build-", dir=site_dir.parent))
    try:
        fresh = work / "site"
        command = [sys.executable, "-m", "mkdocs", "build", "--strict",
                   "--config-file", str(config_file), "--site-dir", str(fresh), *extra_args]
        if subprocess.run(command).returncode != 0:
            print(f"error: the build failed; {site_dir} was left as it was.", file=sys.stderr)
            return 1
        if site_dir.exists():
            site_dir.rename(work / "previous")
        fresh.rename(site_dir)
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(build(ROOT / "mkdocs.yml", ROOT / "site", sys.argv[1:]))
