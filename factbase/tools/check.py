"""`make lint`: what the build checks in the site's inputs, without building (about a second).

It calls the same pure functions as the build's hooks: the data files (schemas, placeholders left by
the scaffolds, source ids across files), the page rules of factbase.pages.page_rules (twins, FR/EN parity,
anchors, sourcing, freshness, French typography), citations ([@id] known, every source cited
somewhere) and [[generated:NAME]] markers. Links between pages and the rendered HTML are left to the
build and the tests. Every problem is listed at once, as in the build.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from factbase import repository_root
from factbase.data.problems import DataError, Problem
from factbase.pages.citations import PageText
from factbase.pages.markdown_page import MarkdownPage
from factbase.pages.page_rules import load_pages, page_problems
from factbase.pages.sourcing import insurer_names
from factbase.render.generated import block_names
from factbase.render.site import check_pages, data_dir, load_state
from factbase.text.lang import DEFAULT_LANGUAGE, url_prefix

ROOT = repository_root()


def input_problems(root: Path, data_folder: Path | None = None) -> tuple[list[Problem], int]:
    """Every problem in data/ and docs/, and the number of pages read."""
    folder = data_folder or data_dir(root)
    problems: list[Problem] = []
    try:
        state = load_state(root, DEFAULT_LANGUAGE, folder)
    except DataError as error:
        problems += error.problems
        state = None
    pages = load_pages(root / "docs", root)  # the hand-written pages, without docs/assureurs/
    # The insurers that the sourcing rule looks for come from the loaded data: none when it has problems.
    problems += page_problems(pages, insurer_names(state.dataset.insurers) if state is not None else ())
    if state is not None:  # citations and markers need the sources and the block names
        texts = [PageText(page.path, _url(page), page.text) for page in pages]
        problems += check_pages(state, texts, block_names(state))
    return problems, len(pages)


def _url(page: MarkdownPage) -> str:
    stem = Path(page.path).relative_to("docs").as_posix().removesuffix(f".{page.language}.md")
    path = "" if stem == "index" else stem.removesuffix("/index") + "/"
    return url_prefix(page.language or DEFAULT_LANGUAGE) + path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m factbase.tools.check", description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the repository (default: this one)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    problems, page_count = input_problems(args.root.resolve())
    if problems:
        print(DataError(problems).report(), file=sys.stderr)
        return 1
    print(f"data and page rules: no problem in data/ and {page_count} pages "
          f"({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
