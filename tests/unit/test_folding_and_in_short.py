"""The page as it first opens (factbase.pages.page_shape), on small pieces of rendered HTML."""

import re

import pytest
from bs4 import BeautifulSoup

from factbase.pages.page_shape import fold_sections, mark_in_short, top_level_elements

PAGE = """<div class="admonition in-short">
<p class="admonition-title">En bref</p>
<ul>
<li>Un point.</li>
</ul>
</div>
<p>Intro &amp; <a href="#b">lien</a>.</p>
<h2 id="a">Première<a class="headerlink" href="#a" title="Lien permanent">&para;</a></h2>
<p>Texte A.</p>
<hr />
<h3 id="a1">Sous-partie<a class="headerlink" href="#a1" title="Lien permanent">&para;</a></h3>
<div class="vm-events">
<h2 id="raw">Un titre dans du HTML brut</h2><br>
</div>
<h2 id="b">Vide<a class="headerlink" href="#b" title="Lien permanent">&para;</a></h2>
<h2 id="c">Troisième<a class="headerlink" href="#c" title="Lien permanent">&para;</a></h2>
<ul>
<li>C.</li>
</ul>
<h2 id="page-sources">Sources de cette page<a class="headerlink" href="#page-sources" title="Lien">&para;</a></h2>
<ol class="vm-notes"><li id="cite-x">Source.</li></ol>
"""


def soup(html):
    return BeautifulSoup(html, "html.parser")


def text_of(html):
    return re.sub(r"\s+", "", soup(html).get_text())  # the moved ¶ brings its own line break


def test_top_level_elements_are_found_with_every_id_inside_them():
    elements = top_level_elements(PAGE)
    assert [e.tag for e in elements] == ["div", "p", "h2", "p", "hr", "h3", "div", "h2", "h2", "ul", "h2", "ol"]
    assert [PAGE[e.start:e.end].split(">")[0] for e in elements][:3] == [
        '<div class="admonition in-short"', "<p", '<h2 id="a"']
    assert elements[6].ids == {"raw"} and elements[-1].ids == {"cite-x"}
    assert PAGE[elements[-1].start:elements[-1].end] == '<ol class="vm-notes"><li id="cite-x">Source.</li></ol>'


def test_each_second_level_section_folds_under_its_own_heading():
    folded = soup(fold_sections(PAGE, 2))
    parts = folded.find_all("details", class_="vm-fold", recursive=False)
    assert [d.summary.h2["id"] for d in parts] == ["a", "c"]
    first = parts[0]
    assert first.summary.get_text() == "Première" and not first.summary.find("a")
    assert first.find("a", class_="vm-fold__permalink", recursive=False)["href"] == "#a"
    body = first.find("div", class_="vm-fold__body")
    assert [child.name for child in body.find_all(recursive=False)] == ["p", "hr", "h3", "div"]
    # a section with nothing under it stays a plain heading, with its permalink
    empty = folded.find("h2", id="b")
    assert empty.parent.name == "[document]" and empty.find("a", class_="headerlink")


def test_third_level_sections_fold_and_higher_headings_stay_open():
    folded = soup(fold_sections(PAGE, 3))
    [part] = folded.find_all("details")
    assert part.summary.h3["id"] == "a1"
    assert [c.name for c in part.find("div", class_="vm-fold__body").find_all(recursive=False)] == ["div"]
    assert folded.find("h2", id="a").parent.name == "[document]"


@pytest.mark.parametrize("level", [2, 3])
def test_nothing_is_lost_moved_or_renamed(level):
    folded = fold_sections(PAGE, level)
    assert text_of(folded) == text_of(PAGE)
    ids = [tag["id"] for tag in soup(PAGE).find_all(id=True)]
    assert [tag["id"] for tag in soup(folded).find_all(id=True)] == ids
    assert sorted(a["href"] for a in soup(folded).find_all("a")) == sorted(a["href"] for a in soup(PAGE).find_all("a"))


def test_the_citation_notes_and_what_follows_are_never_folded():
    folded = fold_sections(PAGE, 2)
    assert folded.endswith(PAGE[PAGE.index('<h2 id="page-sources">'):])
    notes_in_a_block = PAGE.replace('<h2 id="page-sources">', '<details id="page-sources"><summary><h2>').replace(
        "</ol>\n", "</ol></details>\n")
    assert fold_sections(notes_in_a_block, 2).endswith(notes_in_a_block[notes_in_a_block.index('<details id="page'):])


def test_a_page_without_headings_of_that_level_is_unchanged():
    html = "<p>Un paragraphe.</p>\n<h3 id=\"x\">X</h3>\n<p>Y</p>\n"
    assert fold_sections(html, 2) == html
    assert fold_sections("", 2) == ""


def test_only_the_levels_that_fold_are_accepted():
    with pytest.raises(ValueError, match=r"fold level must be one of \(2, 3\), not 4"):
        fold_sections(PAGE, 4)


def test_the_in_short_block_gets_its_anchor_once():
    marked = mark_in_short(PAGE + PAGE)
    assert marked.count('id="en-bref"') == 1
    assert soup(marked).find(id="en-bref")["class"] == ["admonition", "in-short"]
    assert mark_in_short("<p>Rien</p>") == "<p>Rien</p>"


def test_a_heading_of_class_unfolded_keeps_its_section_open():
    html = ('<h2 class="unfolded" id="outil">Outil</h2>\n<p>le champ</p>\n'
            '<h2 id="tableau">Tableau</h2>\n<p>les lignes</p>\n')
    folded = fold_sections(html, 2)
    assert folded.count("<details") == 1
    assert folded.startswith('<h2 class="unfolded" id="outil">Outil</h2>\n<p>le champ</p>\n<details')
