"""Write a data folder with N synthetic insurers, for tests and benchmarks.

    python scripts/synthetic_data.py 10000 .cache/synthetic-10000 [--hostile] [--removed 3]
    SITE_DATA_DIR=.cache/synthetic-10000 mkdocs build --site-dir .cache/site-10000

The folder holds the real sources, timeline and updates (and every schema) from data/, and an
insurers.yaml with N made-up insurers that cite the real insurers' sources, so that the build's
checks (unknown or uncited sources) pass. data/ itself is never touched. Everything is
deterministic: the same N gives the same files.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from factbase.data.dataset import load_dataset
from factbase.tools.fmt import schema_for
from factbase.tools.yamlfmt import format_yaml

ROOT = Path(__file__).resolve().parents[1]

LAST_CHECKED = "2026-11-25"
PATTERNS = (  # operator links of a synthetic insurer, by its number modulo 10
    [("viamedis", None, None)], [("viamedis", None, None)], [("viamedis", None, "2023-12-31")],
    [("almerys", None, None)], [("almerys", "2024-01-01", None)], [("almerys", None, None)],
    [("viamedis", None, "2023-12-31"), ("almerys", "2024-01-01", None)],
    [("viamedis", None, None), ("almerys", None, None)],
    [("unknown", None, None)], [("not-concerned", None, None)],
)
# Text that must come out as text wherever it lands (table, page, feed, downloads).
HOSTILE = {
    "slug": "script-alert",
    "name": "<script>alert(1)</script>",
    "description": {"fr": "<b>gras</b> & [@cnil-2024-02-07]", "en": "</td></tr></table><img src=x onerror=alert(2)>"},
    "aliases": ["=HYPERLINK(\"http://example.invalid\")", "\"><svg onload=alert(3)>"],
}


def synthetic_insurers(count: int, cited: list[str], controller: list[str], hostile: bool, removed: int) -> dict:
    records = []
    for number in range(1, count + 1):
        sources = [cited[(number * 2) % len(cited)], cited[(number * 2 + 1) % len(cited)]]
        links = []
        for operator, start, end in PATTERNS[number % len(PATTERNS)]:
            link = {"operator": operator}
            if start:
                link["from"] = start
            if end:
                link["until"] = end
            link["basis"] = "own-notice" if number % 3 == 0 else "reported"
            link["sources"] = sources
            links.append(link)
        record = {"slug": f"assureur-synthetique-{number:05d}", "name": f"Assureur synthétique {number:05d}",
                  "aliases": [f"AS{number:05d}"], "operators": links, "last_checked": LAST_CHECKED}
        if number % 7 == 0:
            record["own_notice"] = controller[number % len(controller)]
        records.append(record)
    # Every source that the real insurers cite must stay cited, whatever the count.
    missing = sorted(set(cited) - {s for r in records for link in r["operators"] for s in link["sources"]})
    if missing and records:
        records[-1]["notes"] = [{"text": {"fr": "Note synthétique.", "en": "Synthetic note."}, "sources": missing}]
    if hostile and records:
        records[0] = {**records[0], **HOSTILE, "notes": [{
            "text": {"fr": "</div><script>alert(4)</script> [@seed-000]", "en": "<i>italic</i> ]]> --> &amp;"},
            "sources": records[0]["operators"][0]["sources"]}]}
    gone = [{"slug": f"assureur-retire-{number:03d}", "name": f"Assureur retiré {number:03d}",
             "removed_on": LAST_CHECKED, "reason": {"fr": "Fiche de test retirée.", "en": "Test record removed."},
             **({"see_also": records[-1]["slug"]} if records else {})} for number in range(1, removed + 1)]
    return {"insurers": records, "removed": gone}


def write(count: int, out: Path, hostile: bool = False, removed: int = 0) -> Path:
    real = load_dataset(ROOT / "data")
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted((ROOT / "data").iterdir()):
        if path.suffix in (".yaml", ".json") and path.name != "insurers.yaml":
            shutil.copy2(path, out / path.name)
    cited = sorted(real.insurers.source_ids())
    controller = sorted(s for s in cited if real.sources[s].reliability == "controller")
    data = synthetic_insurers(count, cited, controller, hostile, removed)
    header = (f"# yaml-language-server: $schema=./insurers.schema.json\n"
              f"# Synthetic data written by scripts/synthetic_data.py ({count} insurers). Not real.\n")
    text = header + _yaml(data)
    (out / "insurers.yaml").write_text(format_yaml(text, schema_for(ROOT / "data" / "insurers.yaml")), encoding="utf-8")
    return out


def _yaml(data: dict) -> str:
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=1000)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, help="how many insurers (e.g. 10000)")
    parser.add_argument("out", type=Path, help="the data folder to write (never data/)")
    parser.add_argument("--hostile", action="store_true", help="make the first insurer's text hostile HTML")
    parser.add_argument("--removed", type=int, default=0, help="how many removed insurers to add")
    args = parser.parse_args(argv)
    if args.out.resolve() == (ROOT / "data").resolve():
        parser.error("refusing to overwrite data/")
    write(args.count, args.out, args.hostile, args.removed)
    print(f"wrote {args.count} insurers into {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
