"""`make ledger`: add every address that the built site publishes to data/published-urls.txt.

Never removes an entry: a published address stays in the ledger for good, and the tests then
require it to keep resolving (directly, or through a redirect page from data/redirects.yaml).
"""

from __future__ import annotations

import sys
from pathlib import Path

from sitecheck.built import BuiltSite
from sitecheck.ledger import read_entries, resolve_problem, update

ROOT = Path(__file__).resolve().parents[1]

LEDGER = ROOT / "data" / "published-urls.txt"


def main(site_dir: Path = ROOT / "site") -> int:
    site = BuiltSite.open(site_dir)
    added = update(LEDGER, site)
    for entry in added:
        print(f"  + {entry}")
    total = len(read_entries(LEDGER))
    print(f"{len(added)} new address{'es' if len(added) != 1 else ''} added to {LEDGER.relative_to(ROOT)} "
          f"({total} in all)")
    broken = [entry for _, entry in read_entries(LEDGER) if resolve_problem(site, entry)]
    if broken:
        print(f"warning: {len(broken)} ledger entries no longer resolve (make test lists them):", file=sys.stderr)
        for entry in broken:
            print(f"  ! {entry}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
