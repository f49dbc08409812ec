"""factbase/publish/preview.py: when the incremental preview may rebuild only the edited pages."""

from __future__ import annotations

from factbase.publish.preview import (
    Manifest,
    is_incremental_preview,
    make_manifest,
    page_shape,
    patch_search_index,
    plan_rebuild,
)

PAGE = """---
title: Questions
reviewed: 2026-12-02
---

# Questions

Some text [@source-a].

## A section {#a-section}

More text.
"""


def test_a_text_edit_keeps_the_shape():
    assert page_shape(PAGE.replace("More text.", "Other words, longer.")) == page_shape(PAGE)


def test_what_other_pages_read_changes_the_shape():
    for old, new in [("title: Questions", "title: Answers"), ("reviewed: 2026-12-02", "reviewed: 2026-12-03"),
                     ("# Questions", "# Answers"), ("## A section", "## Another section"),
                     ("{#a-section}", "{#b-section}"), ("[@source-a]", "[@source-b]"),
                     ("More text.", "More text [@source-a]."), ("More text.", "[[generated:sources]]"),
                     ("More text.", "Setext\n======"), ("More text.", "Text { #anchor }")]:
        assert page_shape(PAGE.replace(old, new)) != page_shape(PAGE), (old, new)


def manifest(files: dict[str, str], context: str = "c") -> Manifest:
    return Manifest(context, {name: str(hash(text)) for name, text in files.items()},
                    {name: page_shape(text) for name, text in files.items() if name.endswith(".md")})


SITE = {"docs/faq.fr.md": PAGE, "docs/faq.en.md": PAGE, "data/insurers.yaml": "a: 1", "mkdocs.yml": "x"}


def test_only_the_edited_pages_when_only_their_text_changed():
    edited = {**SITE, "docs/faq.en.md": PAGE.replace("More text.", "Edited.")}
    plan = plan_rebuild(manifest(SITE), manifest(edited), "docs")
    assert not plan.full and plan.pages == {"docs/faq.en.md"}
    assert plan_rebuild(manifest(SITE), manifest(SITE), "docs").pages == frozenset()


def test_everything_on_any_other_change():
    cases = {
        "no manifest": (None, manifest(SITE)),
        "a title": (manifest(SITE), manifest({**SITE, "docs/faq.fr.md": PAGE.replace("# Questions", "# Q")})),
        "data": (manifest(SITE), manifest({**SITE, "data/insurers.yaml": "a: 2"})),
        "mkdocs.yml": (manifest(SITE), manifest({**SITE, "mkdocs.yml": "y"})),
        "a new page": (manifest(SITE), manifest({**SITE, "docs/new.fr.md": PAGE})),
        "a removed page": (manifest(SITE), manifest({k: v for k, v in SITE.items() if k != "docs/faq.en.md"})),
        "the environment": (manifest(SITE), manifest(SITE, context="other")),
        "a file beside the pages": (manifest({**SITE, "docs/a.css": "1"}), manifest({**SITE, "docs/a.css": "2"})),
    }
    for case, (previous, current) in cases.items():
        assert plan_rebuild(previous, current, "docs").full, case


def test_the_manifest_reads_back_and_skips_hidden_files(tmp_path):
    (tmp_path / "docs" / ".cache").mkdir(parents=True)
    (tmp_path / "docs" / "page.md").write_text(PAGE, encoding="utf-8")
    (tmp_path / "docs" / ".page.md.swp").write_text("x", encoding="utf-8")
    (tmp_path / "docs" / ".cache" / "x").write_text("x", encoding="utf-8")
    made = make_manifest(tmp_path, [tmp_path / "docs"], {"SITE_DATA_DIR": "x"})
    assert list(made.files) == ["docs/page.md"] and list(made.shapes) == ["docs/page.md"]
    assert Manifest.from_json(made.to_json()) == made
    assert Manifest.from_json("{not json") is None
    assert made.context != make_manifest(tmp_path, [tmp_path / "docs"], {}).context


def test_the_search_index_keeps_other_pages_and_their_order():
    def doc(location, text="old"):
        return {"location": location, "title": location, "text": text}

    previous = {"config": {"lang": ["fr"]},
                "docs": [doc(""), doc("#intro"), doc("faq/"), doc("faq/#a"), doc("glossaire/")]}
    fresh = {"config": {"lang": ["fr"], "new": 1},
             "docs": [doc("faq/", "new"), doc("faq/#b", "new"), doc("x/", "stale")]}
    patched = patch_search_index(previous, fresh, {"faq/"})
    assert [(d["location"], d["text"]) for d in patched["docs"]] == [
        ("", "old"), ("#intro", "old"), ("faq/", "new"), ("faq/#b", "new"), ("glossaire/", "old")]
    assert patched["config"] == fresh["config"]
    # the home page's location ("") is not a prefix of every other page
    home = patch_search_index(previous, {"config": {}, "docs": [doc("", "new")]}, {""})
    assert [d["location"] for d in home["docs"]] == ["", "faq/", "faq/#a", "glossaire/"]


def test_only_serve_with_dirty_is_incremental():
    assert is_incremental_preview("http://127.0.0.1:8000/", ("127.0.0.1", 8000), ["mkdocs", "serve", "--dirty"])
    assert not is_incremental_preview("http://127.0.0.1:8000/", ("127.0.0.1", 8000), ["mkdocs", "serve"])
    assert not is_incremental_preview("https://fuite-tiers-payant.example/", ("127.0.0.1", 8000),
                                      ["mkdocs", "build", "--dirty"])
