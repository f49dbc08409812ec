from factbase.data.sources import Source
from factbase.pages.citations import (
    citation_problems,
    find_citations,
    number_ranges,
    render_citations,
)
from factbase.render.render import fragment_environment
from factbase.text.localized import Localized
from tests.conftest import ROOT

ENV = fragment_environment(ROOT / "overrides" / "fragments")


def source(source_id: str, **changes) -> Source:
    fields = dict(id=source_id, publisher=Localized.from_data("CNIL"), title="Un titre", title_descriptive=False,
                  date="2024-02-07", date_approximate=False, date_note=None, url="https://www.cnil.fr/",
                  url_note=None, url_checked=True, language="fr", reliability="official",
                  reliability_note=None, seed_file=None, line=1)
    return Source(**{**fields, **changes})


SOURCES = {"a": source("a"), "b": source("b", language="en", title="A title")}


def test_find_citations_skips_code_blocks():
    text = "One [@a].\n```\nnot [@b]\n```\nTwo [@a; @b] and [@b].\n"
    assert [(c.line, c.ids) for c in find_citations(text)] == [(1, ("a",)), (5, ("a", "b")), (5, ("b",))]


def test_unknown_ids_are_reported_with_file_and_line():
    [problem] = citation_problems("docs/risques.fr.md", "# Risques\n\nText [@a; @nope].\n", SOURCES)
    assert str(problem).startswith("docs/risques.fr.md:3: unknown source id 'nope' in [@nope]")


def test_render_numbers_sources_in_order_of_first_use_and_appends_notes():
    html = render_citations("# T\n\nX [@b].\n\nY [@a; @b].\n", sources=SOURCES, language="fr",
                            sources_page_href="../sources/", env=ENV)
    # One marker per citation, however many sources: its link goes to the first source's note,
    # data-cites names them all, the title their publishers.
    assert '<a href="#cite-b" data-cites="b" aria-label="Source 1" title="CNIL">1</a>' in html
    assert '<a href="#cite-a" data-cites="a b" aria-label="Sources 1, 2" title="CNIL">1, 2</a>' in html
    assert html.index('id="cite-b" value="1"') < html.index('id="cite-a" value="2"')
    assert '<a href="../sources/#a">Fiche de la source</a>' in html
    # An English source on a French page is marked as English for screen readers.
    assert '<cite lang="en">A title</cite>' in html


def test_the_sources_come_last_in_one_closed_block_that_says_how_many():
    html = render_citations("# T\n\nX [@b].\n\nY [@a; @b].\n", sources=SOURCES, language="en",
                            sources_page_href="../sources/", env=ENV)
    block = html[html.index("<details"):]
    assert block.startswith('<details class="vm-sources" id="page-sources" data-search-exclude>\n'
                            "<summary>Sources (2)</summary>")
    assert " open" not in block.split(">", 1)[0]
    assert html.rstrip().endswith("</details>") and block.count('<li id="cite-') == 2


def test_marker_numbers_are_sorted_and_runs_joined():
    assert number_ranges([4, 2, 5, 6]) == "2, 4\u20136"
    assert number_ranges([3, 1]) == "1, 3"
    assert number_ranges([1, 2]) == "1, 2"
    assert number_ranges([7, 7]) == "7"
    many = {name: source(name, publisher=Localized.from_data(name.upper())) for name in "cdefg"}
    html = render_citations("X [@g; @c; @d; @e].\n\nY [@f; @c].", sources=many, language="fr",
                            sources_page_href="s/", env=ENV)
    assert 'aria-label="Sources 1\u20134" title="G\u00a0; C\u00a0; D\u00a0; E">1\u20134</a>' in html  # notes 1 to 4
    assert 'data-cites="f c" aria-label="Sources 2, 5" title="F\u00a0; C">2, 5</a>' in html  # French spacing


def test_render_leaves_pages_without_citations_alone():
    assert render_citations("# T\n\nNo source.\n", sources=SOURCES, language="en",
                            sources_page_href="x", env=ENV) == "# T\n\nNo source.\n"


def test_data_is_escaped_in_notes():
    evil = {"a": source("a", title="<script>alert(1)</script>", publisher=Localized.from_data("A & B"))}
    html = render_citations("X [@a].", sources=evil, language="en", sources_page_href="s/", env=ENV)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "A &amp; B" in html


def test_english_notes_use_english_quotes():
    html = render_citations("X [@a].", sources=SOURCES, language="en", sources_page_href="s/", env=ENV)
    assert "“<cite lang=\"fr\">Un titre</cite>”" in html and "7 February 2024" in html


def test_a_marker_keeps_to_the_word_before_it_but_not_to_an_indentation():
    html = render_citations("- Point [@a].\n\n    [@b] indented\n", sources=SOURCES, language="fr",
                            sources_page_href="s/", env=ENV)
    assert "- Point\u00a0<sup class=\"vm-cite\"" in html  # never a line that starts with the marker alone
    assert "\n    <sup class=\"vm-cite\"" in html  # Markdown's indentation is left as it was
