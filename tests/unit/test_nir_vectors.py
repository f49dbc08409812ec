"""The Python reading of a NIR gives every case of tests/vectors/nir.json, the file that the
JavaScript one (overrides/assets/javascripts/nir.js) is tested against too (tests/js/nir.test.mjs):
the site's warning and the tests that hold it agree on what a NIR looks like."""

import json

import pytest

from factbase.text.nir import looks_like_nir
from tests.conftest import ROOT

CASES = json.loads((ROOT / "tests" / "vectors" / "nir.json").read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize("case", CASES, ids=[case["why"] for case in CASES])
def test_python_gives_each_shared_case(case):
    assert looks_like_nir(case["value"]) is case["nir"]
