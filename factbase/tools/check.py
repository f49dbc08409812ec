"""`make lint`: what the build checks in the site's inputs, without building (about a second).

It runs the build's own load and check of its inputs (factbase.render.site.load_model): the data
files (schemas, placeholders left by the scaffolds, source ids across files), the page rules of
factbase.pages.page_rules (twins, FR/EN parity, anchors, sourcing, freshness, French typography),
citations ([@id] known, every source cited somewhere) and [[generated:NAME]] markers. Links between
pages and the rendered HTML are left to the build and the tests. Every problem is listed at once, as
in the build.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from factbase import repository_root
from factbase.data.problems import DataError, Problem
from factbase.render.model import SiteModel
from factbase.render.site import data_dir, load_model

ROOT = repository_root()


def input_problems(root: Path) -> tuple[list[Problem], SiteModel | None]:
    """Every problem that the build would report in data/ and docs/ (mkdocs.yml's identity aside, which
    only the build reads), and the model when there is none."""
    try:
        return [], load_model(root, data_dir(root))
    except DataError as error:
        return error.problems, None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m factbase.tools.check", description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the repository (default: this one)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    root = args.root.resolve()
    problems, model = input_problems(root)
    if problems:
        print(DataError(problems).report(), file=sys.stderr)
        return 1
    print(f"data and page rules: no problem in data/ and {len(model.pages)} pages "
          f"({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
