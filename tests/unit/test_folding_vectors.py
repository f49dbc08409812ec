"""The Python folding gives every case of tests/vectors/folding.json, the file that the JavaScript
folding (overrides/assets/javascripts/lookup/fold.js) is tested against too (tests/js/fold.test.mjs):
the lookup in the browser and the build compare names the same way."""

import json

import pytest

from factbase.data.insurers import fold
from tests.conftest import ROOT

CASES = json.loads((ROOT / "tests" / "vectors" / "folding.json").read_text(encoding="utf-8"))["cases"]


@pytest.mark.parametrize("case", CASES, ids=[case["why"] for case in CASES])
def test_python_folding_gives_each_shared_case(case):
    assert fold(case["input"]) == case["folded"]


def test_the_shared_cases_cover_what_the_two_languages_do_differently():
    whys = " ".join(case["why"] for case in CASES)
    for topic in ("sharp s", "final sigma", "spacing mark", "Cherokee", "ligature"):
        assert topic in whys
