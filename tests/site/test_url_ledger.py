"""Every address in the URL ledger (data/published-urls.txt) still resolves in the built site."""

import warnings

from sitecheck.built import BuiltSite
from sitecheck.ledger import published_entries, read_entries, unresolved
from tests.conftest import ROOT

LEDGER = ROOT / "data" / "published-urls.txt"


def test_every_published_address_still_resolves(site_dir):
    site = BuiltSite.open(site_dir)
    entries = read_entries(LEDGER)
    assert len(entries) >= 10, f"{LEDGER} is missing or nearly empty: run `make ledger`"
    problems = unresolved(site, entries)
    assert not problems, f"{len(problems)} of {len(entries)} published addresses no longer resolve:\n" + "\n".join(
        map(str, problems))
    new = published_entries(site) - {entry for _, entry in entries}
    if new:
        warnings.warn(f"{len(new)} published addresses are not in the ledger yet (e.g. {sorted(new)[0]}): "
                      "run `make ledger` and commit data/published-urls.txt", stacklevel=1)
