"""`make linkcheck-external`: does every external address of the site still answer?

Checks the URLs of data/sources.yaml, every link to another host in the built pages, and the
official deep links that wait in data/unchecked-links.yaml. Needs the network; never part of
`make test`. Exits 1 when a source or page link is broken; the unchecked links are only reported,
for a maintainer to open them and decide (facts.md, "Not established" 18).
"""

from __future__ import annotations

import sys
from pathlib import Path

import requests

from sitecheck.built import BuiltSite
from sitecheck.external import USER_AGENT, ask, ask_all, linked_addresses, report, unchecked_addresses

ROOT = Path(__file__).resolve().parents[1]


def main(site_dir: Path = ROOT / "site") -> int:
    linked = linked_addresses(ROOT, BuiltSite.open(site_dir))
    unchecked = unchecked_addresses(ROOT)
    session = requests.Session()
    session.headers["User-Agent"] = USER_AGENT
    answers = ask_all(list(linked) + list(unchecked), lambda url: ask(url, session))
    linked_answers = [answer for answer in answers if answer.url in linked]
    unchecked_answers = [answer for answer in answers if answer.url in unchecked]
    broken = [answer for answer in linked_answers if not answer.ok]
    print(f"Links of the site ({len(linked_answers)} addresses, {len(broken)} broken):")
    print("\n".join(report(linked_answers, linked)))
    print(f"\nOfficial addresses waiting to be checked by hand ({len(unchecked_answers)}, data/unchecked-links.yaml):")
    print("\n".join(report(unchecked_answers, unchecked)))
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
