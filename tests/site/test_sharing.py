"""What journalists get from the built site, in both languages: a link preview with its own card on
every page, a "Cite this page" box on every page, and the "Official action" section."""

from __future__ import annotations

import re
import struct

import pytest

from factbase.data.dataset import load_dataset
from factbase.render.cards import HEIGHT, WIDTH
from factbase.render.social import CARDS_FOLDER, DESCRIPTION_LIMIT
from factbase.text.lang import LOCALES
from sitecheck.built import BuiltSite
from tests.conftest import ROOT, read_html

PREFIX = {"fr": "", "en": "en/"}


@pytest.fixture(scope="module")
def site(site_dir) -> BuiltSite:
    return BuiltSite.open(site_dir)


def meta(soup, key: str) -> str | None:
    tag = soup.find("meta", attrs={"property": key}) or soup.find("meta", attrs={"name": key})
    return tag["content"] if tag else None


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", "not a PNG"
    return struct.unpack(">II", data[16:24])


def test_every_page_has_a_link_preview_with_its_card(site, site_dir):
    pages = site.pages()
    assert len(pages) > 60  # the hand-written pages and the insurer pages, in both languages
    problems, cards = [], {}
    for file in pages:
        soup = read_html(file)
        where = site.display(file)
        url, canonical = meta(soup, "og:url"), soup.find("link", rel="canonical")["href"]
        image = meta(soup, "og:image") or ""
        target = site.internal_path(image)
        if url != canonical:
            problems.append(f"{where}: og:url {url!r} is not the canonical URL {canonical!r}")
        if meta(soup, "og:locale") != LOCALES[soup.html["lang"]]:
            problems.append(f"{where}: og:locale {meta(soup, 'og:locale')!r} for lang={soup.html['lang']}")
        if not meta(soup, "og:title") or not meta(soup, "og:description"):
            problems.append(f"{where}: no og:title or og:description")
        elif len(meta(soup, "og:description")) > DESCRIPTION_LIMIT + 1:
            problems.append(f"{where}: og:description is longer than a preview shows")
        if meta(soup, "twitter:card") != "summary_large_image":
            problems.append(f"{where}: twitter:card is {meta(soup, 'twitter:card')!r}")
        if (meta(soup, "og:image:width"), meta(soup, "og:image:height")) != (str(WIDTH), str(HEIGHT)):
            problems.append(f"{where}: og:image:width/height are not {WIDTH}×{HEIGHT}")
        if target is None or not target.startswith(CARDS_FOLDER + "/") or site.file_of(target) is None:
            problems.append(f"{where}: og:image {image!r} is not a card of this site")
            continue
        size = png_size(site.file_of(target).read_bytes())
        if size != (WIDTH, HEIGHT):
            problems.append(f"{where}: {target} is {size[0]}×{size[1]}, not {WIDTH}×{HEIGHT}")
        if not (ROOT / ".cache" / "cards" / target.rsplit("/", 1)[1]).exists():
            problems.append(f"{where}: {target} is not in the card cache (.cache/cards)")
        cards.setdefault(target, []).append(site.url_of(file))
    assert not problems, "\n".join(problems[:20])
    shared = {card: urls for card, urls in cards.items() if len(urls) > 1}
    assert not shared, f"pages that share a card: {shared}"
    assert len(cards) == len(pages)
    # Nothing else in the cards' folder: no stale card from another build.
    assert {p.name for p in (site_dir / CARDS_FOLDER).iterdir()} == {c.rsplit("/", 1)[1] for c in cards}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_an_insurer_page_preview_names_the_insurer(site_dir, language):
    soup = read_html(site_dir / PREFIX[language] / "assureurs" / "alan" / "index.html")
    assert meta(soup, "og:title") == "Alan" and "Alan" in meta(soup, "og:description")
    assert meta(soup, "og:image:alt").startswith("Alan — ")


def test_a_page_preview_gives_its_in_short_points_without_citation_numbers(site_dir):
    soup = read_html(site_dir / "journalistes" / "index.html")
    assert meta(soup, "og:title") == "Pour les journalistes"
    description = meta(soup, "og:description")
    assert description.startswith("Plus de 33 millions selon la CNIL\u00a0: une estimation")
    # no space left where a marker was taken out, and no marker number
    assert not re.search(r"[ \u00a0][.,]", description) and not re.search(r"\d\s*[,–]\s*\d", description)
    home = read_html(site_dir / "index.html")
    assert meta(home, "og:title") == "Fuite de données Viamedis et Almerys"
    assert "[" not in meta(home, "og:description")


def test_each_language_home_page_is_shared_and_cited_as_the_home_page(site_dir):
    # static-i18n makes only the default language's index the "homepage" (page.is_homepage); the
    # English one was shared as "Home" and cited as the page "Home".
    for prefix, name, home_page in (("", "Fuite de données Viamedis et Almerys", "page d'accueil"),
                                    ("en/", "Viamedis and Almerys data breach", "home page")):
        home = read_html(site_dir / prefix / "index.html")
        assert meta(home, "og:title") == name
        assert home_page in home.select_one("#vm-cite-this-text").get_text()


def test_every_page_has_a_cite_box_with_its_address_and_review_date(site):
    problems = []
    for file in site.pages():
        soup = read_html(file)
        box = soup.select_one("details#vm-cite-this")
        canonical = soup.find("link", rel="canonical")["href"]
        reviewed = soup.select_one(".vm-reviewed time")
        if box is None or reviewed is None:
            problems.append(f"{site.display(file)}: no cite box or no review date")
            continue
        text = box.select_one("#vm-cite-this-text").get_text()
        if box["data-url"] != canonical or canonical not in text or reviewed.get_text() not in text:
            problems.append(f"{site.display(file)}: the citation lacks the address or the review date: {text}")
        if box.select_one("time")["datetime"] != reviewed["datetime"]:
            problems.append(f"{site.display(file)}: the cite box's date is not the page's")
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_journalists_page_says_where_official_action_stands(site_dir, language):
    data = load_dataset(ROOT / "data", docs_dir=ROOT / "docs").official_actions
    soup = read_html(site_dir / PREFIX[language] / "journalistes" / "index.html")
    section = soup.find(id="suites-officielles")
    assert section and section.name == "h2"
    scope = data.scope.get(language)
    for action in data.actions:
        heading = soup.find(id=action.id)
        assert heading and heading.name == "h3", action.id
        status = heading.find_parent(class_="vm-action").select_one(".vm-action__status").get_text(" ", strip=True)
        assert (scope in status) == (action.outcome is not None), status
    text = soup.select_one(".vm-actions").get_text(" ")
    for wording in ("as of", "au 25", "à la date", "novembre 2026", "November 2026"):
        assert wording not in text
    timeline = read_html(site_dir / PREFIX[language] / "chronologie" / "index.html")
    assert timeline.select('a[href="../journalistes/#suites-officielles"]')
