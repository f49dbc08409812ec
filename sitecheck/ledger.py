"""The URL ledger: every address the site has published, so that none of them ever breaks.

An entry is a site-relative address with a leading slash: a page ("/en/faq/"), an anchor on a page
("/faq/#donnees-sante") or a file ("/en/feed.xml"). Entries are only ever added (`make ledger`);
the tests check that each one still resolves in the built site, following redirect pages.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from factbase.data.problems import Problem
from sitecheck.built import BuiltSite
from sitecheck.links import SKIPPED_SCHEMES, anchor_problem

HEADER = """\
# The URL ledger: every address this site has published, one per line. Never delete a line.
#
# Pages, anchors (headings, ¶ permalinks, ids that another page links to), insurer pages, feeds
# and downloads. Read by tests/site/test_url_ledger.py, which fails when an entry no longer
# resolves in the built site. `make ledger` adds the new addresses of the current build; it never
# removes one.
#
# When a test says an entry no longer resolves:
# - a page was renamed or removed: add its old address to data/redirects.yaml (one record gives
#   the redirect in both languages);
# - a heading was reworded: give it back its old id with {#old-id} (attr_list), or keep the old id
#   on an empty element just above it: <span id="old-id"></span>;
# - a download or feed moved: publish it at its old address too.
"""
MAX_REDIRECTS = 5


def published_entries(site: BuiltSite) -> set[str]:
    """What the built site publishes now. The h1 id is left out: linking to a page's title is
    linking to the page, and its slug changes with the title."""
    linked_from_elsewhere = _cross_page_anchors(site)
    entries: set[str] = set()
    for file in site.pages():
        url = site.url_of(file)
        facts = site.facts(file)
        titles = {anchor for anchor, tag in facts.heading_ids.items() if tag == "h1"}
        anchors = (set(facts.heading_ids) | facts.permalink_ids()) - titles
        anchors |= linked_from_elsewhere.get(url, set()) & facts.ids
        entries.add(f"/{url}")
        entries.update(f"/{url}#{anchor}" for anchor in anchors)
    entries.update(f"/{site.url_of(file)}" for file in site.downloads())
    return entries


def unresolved(site: BuiltSite, entries: list[tuple[int, str]],
               ledger_name: str = "data/published-urls.txt") -> list[Problem]:
    problems = []
    for number, entry in entries:
        message = resolve_problem(site, entry)
        if message:
            problems.append(Problem(ledger_name, f"{entry}: {message}",
                                    "add a redirect (data/redirects.yaml) or restore the anchor; "
                                    "the file's header says how", line=number))
    return problems


def resolve_problem(site: BuiltSite, entry: str) -> str | None:
    """Why a ledger entry does not resolve, following redirect pages as a browser would."""
    path, _, fragment = entry.removeprefix("/").partition("#")
    for _ in range(MAX_REDIRECTS):
        file = site.file_of(path)
        if file is None or not site.is_redirect(file):
            return anchor_problem(site, path, fragment)
        target = site.resolve(site.facts(file).refresh or "", path)
        if target is None:
            return f"/{path} redirects outside the site"
        # The redirect page keeps the reader's #anchor (assets/javascripts/redirect.js).
        path, fragment = target[0], fragment or target[1]
    return f"more than {MAX_REDIRECTS} redirects in a row"


def read_entries(path: Path) -> list[tuple[int, str]]:
    """(line number, entry) for every entry of the ledger file; comments and blank lines skipped."""
    if not path.exists():
        return []
    return [(number, line.strip()) for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if line.strip() and not line.lstrip().startswith("#")]


def ledger_text(entries: set[str]) -> str:
    return HEADER + "\n" + "".join(f"{entry}\n" for entry in sorted(entries))


def update(path: Path, site: BuiltSite) -> list[str]:
    """Add what the site publishes now to the ledger at ``path``; return the entries added."""
    known = {entry for _, entry in read_entries(path)}
    added = published_entries(site) - known
    path.write_text(ledger_text(known | added), encoding="utf-8")
    return sorted(added)


# Helpers


def _cross_page_anchors(site: BuiltSite) -> dict[str, set[str]]:
    """page URL -> the ids on it that some other page links to (sources entries, FAQ answers, ...)."""
    targets: dict[str, set[str]] = defaultdict(set)
    for file in site.pages():
        here = site.url_of(file)
        for link in site.facts(file).links:
            if link.tag != "a" or "#" not in link.url or link.url.startswith(SKIPPED_SCHEMES):
                continue
            target = site.resolve(link.url, here)
            if target and target[1] and target[0] != here:
                targets[target[0]].add(target[1])
    return targets
