"""The build's one load of its inputs (factbase.render.site): once per build, every problem at once, and
a model that each language build reads."""

from __future__ import annotations

import dataclasses
import shutil

import pytest

from factbase.data.problems import DataError
from factbase.render.model import LanguageBuild
from factbase.render.site import data_dir, language_build, load_model
from tests.conftest import FIXTURES, ROOT, fixture_data

FRONT = "---\ntitle: T\nreviewed: 2026-11-25\n---\n\n"


@pytest.fixture(scope="module")
def real_build() -> LanguageBuild:
    return language_build(ROOT, "fr", None, data_folder=data_dir(ROOT, {}))


def test_the_next_language_of_a_build_reuses_the_first_ones_model(real_build):
    english = language_build(ROOT, "en", real_build, data_folder=data_dir(ROOT, {}))
    assert english.model is real_build.model and english.language == "en"
    assert real_build.first and not english.first


def test_another_data_folder_is_loaded_again(real_build, tmp_path):
    shutil.copytree(ROOT / "data", tmp_path / "data")
    other = language_build(ROOT, "en", real_build, data_folder=tmp_path / "data")
    assert other.model is not real_build.model and other.first


def test_the_model_cannot_be_changed_by_a_hook(real_build):
    with pytest.raises(dataclasses.FrozenInstanceError):
        real_build.model.site_url = "https://elsewhere.example/"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        real_build.language = "en"  # type: ignore[misc]


def test_each_language_sees_its_own_pages_at_their_urls(real_build):
    english = dataclasses.replace(real_build, language="en")
    assert {page.url for page in real_build.pages} >= {"", "faq/", "sources/"}
    assert {page.url for page in english.pages} >= {"en/", "en/faq/", "en/sources/"}
    assert real_build.page_titles["faq/"] == "Questions fréquentes"
    assert english.page_titles["en/faq/"] == "FAQ"


def test_the_sources_page_lists_the_pages_of_its_own_language(real_build):
    english = dataclasses.replace(real_build, language="en")
    cited_on = {ref.url for refs in real_build.citation_usage.values() for ref in refs}
    cited_on_en = {ref.url for refs in english.citation_usage.values() for ref in refs}
    assert "faq/" in cited_on and not any(url.startswith("en/") for url in cited_on)
    assert "en/faq/" in cited_on_en and all(url.startswith("en/") for url in cited_on_en)


def test_data_pages_and_identity_problems_come_out_together(tmp_path):
    root = tmp_path / "project"
    (root / "docs").mkdir(parents=True)
    (root / "docs" / "seul.fr.md").write_text(FRONT + "# Seul\n\nUn fait [@pas-de-source].\n", encoding="utf-8")
    folder = fixture_data(root / "data", FIXTURES / "bad-data" / "duplicate-slug")
    with pytest.raises(DataError) as raised:
        load_model(root, folder, extra={"host": {"name": "H"}})
    report = str(raised.value)
    assert "duplicate" in report  # data/
    assert "docs/seul.fr.md: no en twin" in report  # the page rules
    assert "extra.publisher is missing" in report  # mkdocs.yml's identity
