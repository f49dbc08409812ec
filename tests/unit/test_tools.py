"""The in-page tools' generated blocks and texts: the GDPR letter and the printable sheet."""

import re

import pytest
from bs4 import BeautifulSoup

from factbase.render.letter import LETTER_LANGUAGE, render_gdpr_letter
from factbase.render.render import fragment_environment
from factbase.render.sheet import render_site_address
from factbase.text.lang import LANGUAGES
from factbase.text.localized import label_table, reading_aid_table
from tests.conftest import ROOT

ENV = fragment_environment(ROOT / "overrides" / "fragments")
TOOL_PAGES = ("lettre-rgpd", "porter-plainte", "fiche")


def letter(language: str, names_src=None) -> BeautifulSoup:
    return BeautifulSoup(render_gdpr_letter(language=language, env=ENV, names_src=names_src), "html.parser")


def letter_parts(soup: BeautifulSoup) -> list[str]:
    return [" ".join(part.get_text(" ", strip=True).split()) for part in soup.select("#vm-letter [data-part]")]


def test_the_letter_is_the_same_french_letter_in_every_language():
    french = letter_parts(letter("fr"))
    assert french and french == letter_parts(letter("en"))
    assert letter("en").select_one("#vm-letter")["lang"] == LETTER_LANGUAGE == "fr"


def test_pages_in_another_language_get_a_reading_aid_under_each_paragraph():
    assert not letter("fr").select(".vm-letter__aid")
    aids = letter("en").select("#vm-letter .vm-letter__aid")
    assert len(aids) == len(reading_aid_table("en"))
    assert all(aid["lang"] == "en" and not aid.has_attr("data-part") for aid in aids)


def test_every_reading_aid_text_is_used_once():
    template = (ROOT / "overrides" / "fragments" / "gdpr-letter.html").read_text(encoding="utf-8")
    assert sorted(re.findall(r"\{\{ aid\('([a-z0-9]+)'\) \}\}", template)) == sorted(reading_aid_table("en"))
    for language in LANGUAGES:
        if language != LETTER_LANGUAGE:
            assert reading_aid_table(language).keys() == reading_aid_table("en").keys()


def test_the_letter_names_its_legal_bases():
    text = " ".join(letter_parts(letter("fr")))
    for basis in ("article 15 du règlement (UE) 2016/679", "L'article 12, paragraphe 3", "article 77 du RGPD"):
        assert basis in text


def test_the_form_is_hidden_without_javascript_and_says_why():
    soup = letter("fr")
    assert soup.select_one("#vm-letter-form").has_attr("hidden")
    assert "JavaScript" in soup.select_one("noscript").get_text()
    assert soup.select_one("#vm-letter [data-slot=name]").get_text() == "[Prénom Nom]"


def test_fields_are_never_autocompleted():
    soup = letter("fr")
    fields = soup.select("#vm-letter-form input[type=text], #vm-letter-form textarea")
    assert len(fields) == 4
    assert all(field["autocomplete"] == "off" for field in fields)


def test_the_insurer_field_offers_the_lookup_names_from_a_file():
    soup = letter("fr", names_src='../lookup/insurers.json"><script>')
    field = soup.select_one("#vm-letter-insurer")
    assert field["data-names-src"] == '../lookup/insurers.json"><script>' and not soup.select("script")
    assert field["list"] == soup.select_one("datalist")["id"] and not soup.select("datalist option")
    assert not letter("fr").select_one("#vm-letter-insurer").has_attr("data-names-src")


@pytest.mark.parametrize(("language", "home", "page"), [
    ("fr", "https://example.org/", "https://example.org/fiche/"),
    ("en", "https://example.org/en/", "https://example.org/en/fiche/"),
])
def test_the_sheet_prints_the_public_address(language, home, page):
    soup = BeautifulSoup(render_site_address("https://example.org/", language=language,
                                             page_url=page.removeprefix("https://example.org/"), env=ENV),
                         "html.parser")
    assert [a["href"] for a in soup.select("a")] == [home, page]
    assert [a.get_text() for a in soup.select("a")] == [home, page]


# French typography: a no-break space (U+00A0) before : ; ! ? and inside « ».
BAD_FRENCH_SPACING = re.compile(r"[^\S\u00a0](?=[:;!?»](?!=))|«[^\S\u00a0]|\w[:;!?»]")


def french_texts():
    mine = ("letter.", "sheet.", "lookup.")
    yield from ((f"label {key}", text) for key, text in label_table("fr").items() if key.startswith(mine))
    template = (ROOT / "overrides" / "fragments" / "gdpr-letter.html").read_text(encoding="utf-8")
    for number, part in enumerate(re.findall(r"<p data-part>(.*?)</p>|<li>(.*?)</li>", template)):
        yield f"gdpr-letter.html part {number}", "".join(part)
    for name in TOOL_PAGES:
        path = ROOT / "docs" / f"{name}.fr.md"
        body = path.read_text(encoding="utf-8").split("\n---\n", 1)[1]
        for number, line in enumerate(body.splitlines()):
            # Links, citations, attributes and block markers hold URLs and ids, not French text.
            text = re.sub(r"\]\([^)]*\)|\[@[^\]]*\]|\{[^}]*\}|\[\[generated:[^\]]*\]\]|<[^>]*>", "]", line)
            yield f"{path.name} line {number + 1} after the front matter", text


def test_french_typography():
    texts = list(french_texts())
    assert len(texts) > 100
    bad = [f"{where}: {text!r}" for where, text in texts if BAD_FRENCH_SPACING.search(text)]
    assert not bad, "\n".join(bad)
