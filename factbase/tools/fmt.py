"""`make fmt`: rewrite the data files in their canonical form (factbase.tools.yamlfmt), keeping every
comment, and the Markdown files' whitespace (factbase.tools.mdfmt); `--check` changes nothing and
fails on any file that is not canonical."""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path

from factbase import repository_root
from factbase.tools.mdfmt import format_markdown, is_french, markdown_files, whitespace_report
from factbase.tools.yamlfmt import FormatError, format_yaml, order_report

# Command line.


def schema_for(path: Path) -> dict:
    schema_path = path.with_name(path.name.removesuffix(".yaml") + ".schema.json")
    return json.loads(schema_path.read_text(encoding="utf-8")) if schema_path.exists() else {}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m factbase.tools.fmt",
                                     description="Put the data files and the Markdown in canonical form.")
    parser.add_argument("--check", action="store_true", help="change nothing; fail if a file is not canonical")
    parser.add_argument("files", nargs="*", type=Path,
                        help="data files and Markdown files (default: data/*.yaml and every hand-written .md)")
    args = parser.parse_args(argv)
    root = repository_root()
    files = args.files or [*sorted(root.joinpath("data").glob("*.yaml")), *markdown_files(root)]
    status = 0
    for path in files:
        shown = path.resolve().relative_to(root) if path.resolve().is_relative_to(root) else path
        text = path.read_text(encoding="utf-8")
        try:
            formatted = (format_markdown(text, french=is_french(path)) if path.suffix == ".md"
                         else format_yaml(text, schema_for(path)))
        except FormatError as error:
            print(f"{shown}: {error}", file=sys.stderr)
            status = 1
            continue
        if formatted == text:
            continue
        if args.check:
            status = 1
            _report(shown, text, formatted, {} if path.suffix == ".md" else schema_for(path))
        else:
            path.write_text(formatted, encoding="utf-8")
            print(f"formatted {shown}")
    return status


def _report(shown: Path, text: str, formatted: str, schema: dict) -> None:
    if shown.suffix == ".md":
        for note in whitespace_report(text, french=is_french(shown)):
            print(f"{shown}: {note}", file=sys.stderr)
        what = "whitespace, French spacing"
    else:
        diff = difflib.unified_diff(text.splitlines(), formatted.splitlines(), f"{shown}", f"{shown} (make fmt)",
                                    lineterm="", n=1)
        print("\n".join(list(diff)[:40]), file=sys.stderr)
        for note in order_report(text, schema):
            print(f"{shown}: {note}", file=sys.stderr)
        what = "records sorted, fields in the schema's order, quoting"
    print(f"{shown}: not in canonical form ({what}); run `make fmt`, which fixes it", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
