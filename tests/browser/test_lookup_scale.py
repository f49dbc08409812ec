"""The insurer lookup with 10,000 synthetic insurers (scripts/synthetic_data.py): every keystroke gives
results. Its speed is measured by `make bench`, not here."""

import importlib.util
import json

import pytest

from factbase.data.dataset import load_dataset
from factbase.data.insurers import Insurer
from factbase.render.lookup import lookup_json
from tests.browser.conftest import first_result, open_lookup
from tests.conftest import ROOT

# Scale: 10,000 synthetic insurers (scripts/synthetic_data.py), served in place of the real file.

@pytest.fixture(scope="module")
def synthetic_lookup() -> str:
    spec = importlib.util.spec_from_file_location("synthetic_data", ROOT / "scripts" / "synthetic_data.py")
    synthetic = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(synthetic)
    real = load_dataset(ROOT / "data")
    cited = sorted(real.insurers.source_ids())
    controller = sorted(s for s in cited if real.sources[s].reliability == "controller")
    records = synthetic.synthetic_insurers(10_000, cited, controller, hostile=True, removed=0)["insurers"]
    insurers = [*real.insurers.listed, *(Insurer.from_yaml(record, line=None) for record in records)]
    return lookup_json(insurers, real.sources, real.lookup, "fr")


KEYSTROKE_QUERIES = ["assureur synthetique 04242", "as0999", "synthetiqe", "mutuele generle", "malakof humanis",
                     "lamutuellegenerale", "<script>", "ag2r"]
TYPE_KEYSTROKES = """(queries) => {
  const field = document.getElementById("vm-lookup-field"), results = document.getElementById("vm-lookup-results")
  const shown = []
  for (const query of queries) {
    for (let i = 1; i <= query.length; i++) {
      field.value = query.slice(0, i)
      field.dispatchEvent(new Event("input", {bubbles: true}))
      shown.push(results.children.length)
    }
  }
  return shown
}"""


def test_every_keystroke_gives_results_with_10000_insurers(page, site_url, synthetic_lookup):
    """Each keystroke of typical and worst-case queries runs the lookup over 10,032 insurers and lays
    out its results. Its speed is measured by `make bench` (benchmarks/latency.py, BENCHMARKS.md
    section 7), never asserted in a test: this machine is shared."""
    page.route("**/lookup/insurers.json", lambda route: route.fulfill(
        status=200, content_type="application/json", body=synthetic_lookup))
    field = open_lookup(page, site_url, "suis-je-concerne/")
    field.focus()
    page.wait_for_function("() => document.getElementById('vm-lookup').vmLookup?.search('as') != null")
    shown = page.evaluate(TYPE_KEYSTROKES, KEYSTROKE_QUERIES)
    typed = [query[:i] for query in KEYSTROKE_QUERIES for i in range(1, len(query) + 1)]
    assert len(shown) == len(typed) and all(count >= 0 for count in shown), shown
    field.fill("")
    field.press_sequentially("assureur synthetique 04242")
    assert first_result(page, "Assureur synthétique 04242") == "Assureur synthétique 04242"
    json.loads(synthetic_lookup)  # the served file is valid JSON
