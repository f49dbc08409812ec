"""`make fmt` on Markdown: whitespace and French spacing only, so the page renders the same."""

from __future__ import annotations

import re

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factbase.pages.french_typography import typography_problems
from factbase.pages.markdown_page import MarkdownPage
from factbase.tools.mdfmt import format_markdown, french_spacing, markdown_files, whitespace_report
from tests.conftest import ROOT

PAGES = [path for path in markdown_files(ROOT) if path.is_relative_to(ROOT / "docs")]
FRENCH = [path for path in PAGES if path.name.endswith(".fr.md")]
EXTENSIONS = ["abbr", "admonition", "attr_list", "def_list", "md_in_html", "tables", "toc",
              "pymdownx.details", "pymdownx.superfences"]


def render(text: str) -> str:
    # Compared as a browser shows it: runs of spaces collapse, and spaces next to a block's tags (or at
    # the end of a line of code) are not seen.
    html = " ".join(markdown.markdown(text, extensions=EXTENSIONS).split())
    blocks = "p|li|ul|ol|h[1-6]|pre|code|blockquote|div|table|thead|tbody|tr|td|th|dl|dt|dd"
    return re.sub(rf"\s*(</?(?:{blocks})\b[^>]*>)\s*", r"\1", html)


def test_hand_written_markdown_files_are_found_and_generated_pages_are_not():
    names = {path.relative_to(ROOT).as_posix() for path in markdown_files(ROOT)}
    assert {"README.md", "CONTRIBUTING.md", "CONTRIBUTING.en.md", "docs/faq.fr.md"} <= names
    assert not any(name.startswith("docs/assureurs/") for name in names)


@pytest.mark.parametrize("path", PAGES, ids=lambda path: path.name)
def test_pages_are_already_canonical(path):
    text = path.read_text(encoding="utf-8")
    assert format_markdown(text, french=path.name.endswith(".fr.md")) == text


def test_whitespace_rules():
    text = "# T\r\n\r\nabc  \r\ndef \r\n\r\n\r\n\r\n- item\t\n\n\n    indented\n\n\n    code\n\ntext\u00a0\n\n\n"
    assert format_markdown(text) == (
        "# T\n\nabc  \ndef\n\n- item\n\n\n    indented\n\n\n    code\n\ntext\u00a0\n")
    assert whitespace_report(text) == [
        "line ends other than LF (CR LF): save the file with Unix line ends",
        "spaces at the end of line 4, 8",
        "blank lines to remove at line 6, 7, 18, 19 (several in a row, or at the end)"]
    assert format_markdown("no newline") == "no newline\n" and format_markdown("\n\n") == ""
    # A hard line break keeps exactly two spaces; code keeps its blank lines.
    assert format_markdown("a    \nb\n") == "a  \nb\n"
    assert format_markdown("```\na  \n\n\n\nb\n```\n") == "```\na\n\n\n\nb\n```\n"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Un paragraphe.", "- un point", "", " ", "  ", "\t", "## Titre {#titre}",
                                 "    code", "!!! note", "    Corps de la note.", "> citation", "| a | b |",
                                 "|---|---|", "| 1 | 2 |", "Deux espaces  ", "fin"]), max_size=25))
def test_rendering_is_unchanged(lines):
    # Pages start with their front matter or title. (At the very start of a document, Python-Markdown
    # reads a list after a line of spaces as a paragraph: a quirk that pages never meet.)
    text = "\n".join(["# Titre", *lines])
    assert render(format_markdown(text)) == render(text)


def test_french_spacing_leaves_code_links_and_urls_alone():
    assert french_spacing("Que faire ? [Que faire ?](que-faire.md#a) `a : b` <!-- x : y -->") == (
        "Que faire\u00a0? [Que faire\u00a0?](que-faire.md#a) `a : b` <!-- x : y -->")
    assert french_spacing("« mot » et «mot»") == "«\u00a0mot\u00a0» et «\u00a0mot\u00a0»"
    assert french_spacing("Note : https://x.example/?a=1 ; fin !") == (
        "Note\u00a0: https://x.example/?a=1\u00a0; fin\u00a0!")
    assert french_spacing('<abbr title="a : b">c : d</abbr> [@a; @b] {#id}') == (
        '<abbr title="a : b">c\u00a0: d</abbr> [@a; @b] {#id}')
    assert french_spacing(":   définition") == ":   définition"  # a definition list's colon
    text = ("---\ntitle: Suis-je concerné ?\nreviewed: 2026-11-25\n---\n\n"
            "| a | b |\n| :--- | ---: |\n\n```\nx : y\n```\n")
    assert format_markdown(text, french=True) == text.replace("concerné ?", "concerné\u00a0?")


@pytest.mark.parametrize("path", FRENCH, ids=lambda path: path.name)
def test_french_pages_typed_with_plain_spaces_come_out_right(path):
    text = path.read_text(encoding="utf-8")
    plain = re.sub("\u00a0(?=[:;!?»])", " ", text).replace("«\u00a0", "« ")
    fixed = format_markdown(plain, french=True)
    assert typography_problems(MarkdownPage(str(path), fixed)) == []
    assert fixed == text
