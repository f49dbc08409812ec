"""Social cards: the picture that a link preview shows (og:image), one per page and language.

A card is 1200×630 pixels: the site's name in a band at the top, the page's section, its title in
large type, and at the foot the language and the page's address. No picture, no colour but the
site's: this is a site about a breach, and the card only says which page a link leads to.

Drawn by Pillow with Lato from the pinned font-lato package (SIL Open Font License 1.1), so that
nothing is fetched. Material's `social` plugin was not used: it downloads its fonts from Google
Fonts during the build, and needs the Cairo library, which a fresh machine does not have.

Cached by content: a card's name is the hash of what is drawn on it, of this module's code, of
the fonts and of Pillow's version. An unchanged page costs one hash and one file copy; a changed
one gets a new name, so a host may cache every card for good.
"""

from __future__ import annotations

import hashlib
import io
import os
from dataclasses import astuple, dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import font_lato
import PIL  # the package alone, for its version; its drawing modules load only to draw a card

if TYPE_CHECKING:
    from PIL.ImageFont import FreeTypeFont

WIDTH, HEIGHT = 1200, 630
MARGIN = 72
FONTS = {"bold": font_lato.font_files["LatoBold"], "regular": font_lato.font_files["Lato"]}

# One 8-bit channel drawn with palette indices, then given a palette: a third of the time of an RGB
# image to encode, and half the bytes. Antialiased text blends the index of its colour with the index
# of its background linearly, so the palette is two straight colour ramps that meet at white (127):
# 0..127 from the text colour to white, 127..255 from white to the site's indigo. Any text colour on
# white, and white on indigo, then blend through the right colours.
WHITE, INK, GREY, INDIGO = 127, 0, 50, 255
_INK_RGB, _WHITE_RGB, _INDIGO_RGB = (0x1A, 0x1A, 0x1A), (0xFF, 0xFF, 0xFF), (0x40, 0x51, 0xB5)  # Material's indigo


def _ramp(start: tuple[int, ...], end: tuple[int, ...], steps: int) -> list[tuple[int, ...]]:
    return [tuple(round(a + (b - a) * i / (steps - 1)) for a, b in zip(start, end, strict=True)) for i in range(steps)]


PALETTE = [value for rgb in _ramp(_INK_RGB, _WHITE_RGB, 128) + _ramp(_WHITE_RGB, _INDIGO_RGB, 129)[1:]
           for value in rgb]


@dataclass(frozen=True)
class Card:
    """What is written on one card. Plain text: nothing here is HTML."""

    site_name: str
    title: str
    kicker: str = ""  # above the title: the page's section of the site, or the kind of page
    footer: str = ""  # the language and the page's address, e.g. "Français · example.org/faq/"


@dataclass
class CardRenderer:
    """Draws cards; one per build language (the fonts are loaded once per size)."""

    _fonts: dict[tuple[str, int], FreeTypeFont] = field(default_factory=dict, repr=False)

    @cached_property
    def version(self) -> str:
        """Everything besides a card's text that changes its pixels."""
        digest = hashlib.sha256(Path(__file__).read_bytes())
        for path in FONTS.values():
            digest.update(Path(path).read_bytes())
        digest.update(PIL.__version__.encode())
        return digest.hexdigest()

    def key(self, card: Card) -> str:
        digest = hashlib.sha256(self.version.encode())
        for text in astuple(card):
            digest.update(b"\0" + text.encode("utf-8"))
        return digest.hexdigest()[:20]

    def font(self, weight: str, size: int) -> FreeTypeFont:
        if (weight, size) not in self._fonts:
            from PIL import ImageFont

            # The basic layout engine: the same pixels with or without libraqm on the machine.
            self._fonts[weight, size] = ImageFont.truetype(FONTS[weight], size,
                                                           layout_engine=ImageFont.Layout.BASIC)
        return self._fonts[weight, size]

    def render(self, card: Card) -> bytes:
        """The card as PNG bytes."""
        from PIL import Image, ImageDraw  # a warm build, which draws nothing, never loads them

        image = Image.new("L", (WIDTH, HEIGHT), WHITE)
        draw = ImageDraw.Draw(image)
        width = WIDTH - 2 * MARGIN
        draw.rectangle((0, 0, WIDTH, 100), fill=INDIGO)
        band = fit(self, card.site_name, "bold", (34, 30, 26), width, 1)
        draw.text((MARGIN, 50), band.lines[0], font=band.font, fill=WHITE, anchor="lm")
        top = 150
        if card.kicker:
            kicker = fit(self, card.kicker, "bold", (30, 26), width, 1)
            draw.text((MARGIN, top), kicker.lines[0], font=kicker.font, fill=INDIGO, anchor="lt")
            top += 58
        title = fit(self, card.title, "bold", (76, 68, 60, 52, 46), width, None, height=500 - top)
        line_height = round(title.font.size * 1.2)
        for number, line in enumerate(title.lines):
            draw.text((MARGIN, top + number * line_height), line, font=title.font, fill=INK, anchor="lt")
        draw.rectangle((MARGIN, 528, WIDTH - MARGIN, 530), fill=190)
        if card.footer:
            footer = fit(self, card.footer, "regular", (30, 26, 22), width, 1)
            draw.text((MARGIN, 574), footer.lines[0], font=footer.font, fill=GREY, anchor="lm")
        paletted = Image.frombytes("P", image.size, image.tobytes())
        paletted.putpalette(PALETTE)
        out = io.BytesIO()
        # Level 3: 2.1 ms a card instead of 5.0 ms at 6, for files a quarter larger (about 23 KB), which
        # only link previews fetch; 1 saves little more and grows them further.
        paletted.save(out, "PNG", compress_level=3)
        return out.getvalue()


@dataclass(frozen=True)
class Fitted:
    font: FreeTypeFont
    lines: tuple[str, ...]


def fit(renderer: CardRenderer, text: str, weight: str, sizes: tuple[int, ...], width: int,
        max_lines: int | None, height: int | None = None) -> Fitted:
    """The largest of ``sizes`` at which ``text`` wraps into the box; at the smallest size, the
    lines that fit, the last one cut with an ellipsis."""
    for size in sizes:
        font = renderer.font(weight, size)
        allowed = max_lines or max(1, int(height / (size * 1.2)))
        lines = wrap(text, font, width)
        if len(lines) <= allowed:
            return Fitted(font, tuple(lines))
    kept = lines[:allowed]
    kept[-1] = _cut(" ".join(lines[allowed - 1:]), font, width)
    return Fitted(font, tuple(kept))


def wrap(text: str, font: FreeTypeFont, width: int) -> list[str]:
    """Greedy wrapping at plain spaces (a non-breaking space keeps "payant :" together); a word
    wider than the line is cut where it must be."""
    lines: list[str] = []
    current = ""
    for word in filter(None, text.split(" ")):
        candidate = f"{current} {word}" if current else word
        if font.getlength(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        while font.getlength(word) > width:
            cut = max(1, next((n for n in range(len(word), 0, -1) if font.getlength(word[:n]) <= width), 1))
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return lines or [""]


def _cut(text: str, font: FreeTypeFont, width: int) -> str:
    if font.getlength(text) <= width:
        return text
    while text and font.getlength(text + "…") > width:
        text = text[:-1]
    return text.rstrip(" ,;:.") + "…"


@dataclass
class CardCache:
    """Cards kept in a folder (.cache/cards, gitignored), named by their key."""

    folder: Path
    renderer: CardRenderer = field(default_factory=CardRenderer)

    def file_for(self, card: Card) -> Path:
        """The card's PNG file, drawn only if no build has drawn it before."""
        path = self.folder / f"{self.renderer.key(card)}.png"
        if not path.exists():
            self.folder.mkdir(parents=True, exist_ok=True)
            partial = path.with_name(f".{path.stem}.{os.getpid()}.tmp")
            partial.write_bytes(self.renderer.render(card))
            partial.replace(path)  # whole or absent, even when two builds draw it at once
        return path
