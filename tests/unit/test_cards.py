"""Social cards and link previews (factbase.render.cards, factbase.render.social): the picture's size and text,
the cache that makes an unchanged card free, and the text a preview and a citation show."""

from __future__ import annotations

import struct

import pytest
from PIL import Image

from factbase.render.cards import HEIGHT, WIDTH, Card, CardCache, CardRenderer, fit, wrap
from factbase.render.social import citation_box, fill, page_lead, shared_page, shorten

CARD = Card("Fuite de données Viamedis et Almerys", "Pour les journalistes", "Journalistes",
            "Français · example.org/journalistes/")


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", "not a PNG"
    return struct.unpack(">II", data[16:24])


@pytest.fixture(scope="module")
def renderer():
    return CardRenderer()


def test_a_card_is_a_1200_by_630_png_in_the_site_s_colours(renderer, tmp_path):
    data = renderer.render(CARD)
    assert png_size(data) == (WIDTH, HEIGHT) == (1200, 630)
    path = tmp_path / "card.png"
    path.write_bytes(data)
    with Image.open(path) as image:
        rgb = image.convert("RGB")
        assert rgb.getpixel((10, 10)) == (0x40, 0x51, 0xB5)  # the band: Material's indigo
        assert rgb.getpixel((10, 300)) == (255, 255, 255)
        # Some ink in the title's area, none in the empty right-hand margin below the band.
        assert max(low for low, _ in rgb.crop((72, 200, 700, 300)).getextrema()) < 60
        assert rgb.crop((1140, 110, 1200, 520)).getextrema() == ((255, 255),) * 3


def test_the_same_text_gives_the_same_bytes_and_name_and_other_text_another(renderer):
    assert renderer.render(CARD) == renderer.render(CARD)
    assert renderer.key(CARD) == CardRenderer().key(CARD)
    other = Card(CARD.site_name, "Sources", CARD.kicker, CARD.footer)
    assert renderer.key(other) != renderer.key(CARD)
    # Fields are kept apart: moving text from one field to the next is another card.
    assert renderer.key(Card("a", "b c")) != renderer.key(Card("a b", "c"))


def test_an_unchanged_card_is_taken_from_the_cache_without_drawing(tmp_path):
    counting = CardRenderer()
    drawn = []
    draw = counting.render
    counting.render = lambda card: drawn.append(card) or draw(card)
    cache = CardCache(tmp_path / "cards", counting)
    first = cache.file_for(CARD)
    again = CardCache(tmp_path / "cards", counting).file_for(CARD)  # the next build
    assert first == again and drawn == [CARD]
    assert png_size(first.read_bytes()) == (WIDTH, HEIGHT)
    assert [path.name for path in (tmp_path / "cards").iterdir()] == [first.name]  # no partial file left


def test_long_titles_shrink_then_stop_at_an_ellipsis(renderer):
    short = fit(renderer, "Sources", "bold", (76, 68, 60, 52, 46), 1056, None, height=300)
    assert short.font.size == 76 and short.lines == ("Sources",)
    long = fit(renderer, "mot " * 200, "bold", (76, 68, 60, 52, 46), 1056, None, height=300)
    assert long.font.size == 46 and long.lines[-1].endswith("…") and len(long.lines) == int(300 / (46 * 1.2))
    assert all(long.font.getlength(line) <= 1056 for line in long.lines)


def test_wrapping_keeps_a_non_breaking_space_and_cuts_a_word_too_long(renderer):
    font = renderer.font("bold", 60)
    lines = wrap("Suis-je concerné\u00a0? " * 6, font, 500)
    assert not any(line.startswith("?") for line in lines)
    pieces = wrap("x" * 200, font, 500)
    assert len(pieces) > 1 and "".join(pieces) == "x" * 200 and all(font.getlength(p) <= 500 for p in pieces)


def test_the_lead_is_the_first_top_level_paragraph_without_its_citation_markers():
    html = ('<h1 id="t">Titre</h1>\n<div class="admonition note"><p class="admonition-title">Note</p><p>Pas ceci.</p>'
            '</div>\n<p>La CNIL enquête <sup class="vm-cite" data-search-exclude>[<a href="#cite-x">'
            '<span class="vm-sr">source </span>1</a>]</sup> depuis&nbsp;février.</p><p>Ensuite.</p>')
    assert page_lead(html) == "La CNIL enquête depuis\u00a0février."


def test_the_lead_of_a_page_that_opens_with_an_in_short_block_is_its_points():
    html = ('<h1>T</h1><div class="admonition in-short"><p class="admonition-title">En bref</p><ul>'
            '<li>Premier point <sup class="vm-cite">[1]</sup></li><li>Second point.</li></ul></div><p>Après.</p>')
    assert page_lead(html) == "Premier point Second point."
    assert page_lead("<h1>Only a title</h1><ul><li>a list</li></ul>") is None


def test_shorten_cuts_at_a_word_and_fill_leaves_braces_in_values_alone():
    assert shorten("un deux trois", 100) == "un deux trois"
    assert shorten("un deux trois quatre", 12) == "un deux…"
    assert fill("« {site} »{page}", {"site": "{page}", "page": "!"}) == "« {page} »!"


def test_an_insurer_page_is_described_by_its_name_and_kind_and_its_title_unescaped():
    page = shared_page(language="en", site_name="Site", site_description="About", title="A &amp; B &lt;x&gt;",
                       url="https://example.org/en/assureurs/a-b/", content="<p>ignored</p>", section=None,
                       insurer=True, is_home=False)
    assert page.title == "A & B <x>" and page.card.title == "A & B <x>" and page.kicker == "Insurer page"
    assert "A & B <x>" in page.description and page.card.footer == "English · example.org/en/assureurs/a-b/"


def test_the_home_page_card_says_what_the_site_is_about_and_its_citation_names_the_home_page():
    page = shared_page(language="fr", site_name="Site", site_description="Ce que l'on sait.", title="Accueil",
                       url="https://example.org/", content="<p>Début 2024, une fuite.</p>", section=None,
                       insurer=False, is_home=True)
    assert (page.title, page.card.title, page.description) == ("Site", "Ce que l'on sait.", "Début 2024, une fuite.")
    box = citation_box(page, {"text": "25 novembre 2026", "iso": "2026-11-25", "label": "Page revue le"})
    assert box["text"] == ("«\u00a0Site\u00a0», page d'accueil, revue le 25 novembre 2026, https://example.org/, "
                           "consultée le [date].")
