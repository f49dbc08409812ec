"""The exit path from MkDocs (issue 17, item 7). MkDocs 1.6 has had no release since 2024; ProperDocs,
a fork of MkDocs 1.6 pinned in requirements-dev.txt, installs beside it and must go on building this
very site. The real site is built again by ProperDocs and compared with the session's MkDocs build,
in both languages: the same files, the same visible text in the <body> of every page, and the same
bytes everywhere else. The one difference allowed is the generator meta tag, which names the tool."""

from __future__ import annotations

import difflib
import re
import textwrap
from importlib.metadata import version
from pathlib import Path

import pytest

from tests.conftest import build_site

GENERATOR = re.compile(rb'<meta name="generator" content="([^"]*)">')
LANGUAGE = re.compile(rb'<html lang="([^"]+)"')
LANGUAGES = {"fr", "en"}
SHOWN = 12  # problems, and lines of each diff, in a failure message


@pytest.fixture(scope="module")
def properdocs_site_dir(tmp_path_factory) -> Path:
    destination = tmp_path_factory.mktemp("properdocs") / "site"
    build_site(destination, generator="properdocs")
    return destination


def files(folder: Path) -> set[str]:
    return {path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file()}


def visible_text(html: bytes) -> list[str]:
    """The text of the page's <body> as a reader's browser shows it, one line per block."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    body = soup.body or soup
    for hidden in body(["script", "style", "template"]):
        hidden.decompose()
    return [line.strip() for line in body.get_text("\n").splitlines() if line.strip()]


def unified(first: list[str], second: list[str]) -> str:
    lines = list(difflib.unified_diff(first, second, "MkDocs", "ProperDocs", n=1, lineterm=""))
    return textwrap.indent("\n".join(lines[:SHOWN] + (["..."] if len(lines) > SHOWN else [])), "    ")


def differences(mkdocs_site: Path, properdocs_site: Path) -> list[str]:
    """Every difference between the two builds but the generator meta tag, one problem per file.
    A page whose bytes are the same once that tag is set aside has the same text too, so only the
    pages that differ are parsed: the comparison costs well under a second."""
    ours, theirs = files(mkdocs_site), files(properdocs_site)
    problems = [f"{path}: only in the MkDocs build" for path in sorted(ours - theirs)]
    problems += [f"{path}: only in the ProperDocs build" for path in sorted(theirs - ours)]
    for path in sorted(ours & theirs):
        first, second = (mkdocs_site / path).read_bytes(), (properdocs_site / path).read_bytes()
        if first == second:
            continue
        if not path.endswith(".html"):
            problems.append(f"{path}: the bytes differ")
            continue
        first, second = (GENERATOR.sub(b'<meta name="generator">', html, count=1) for html in (first, second))
        if first == second:
            continue
        text = visible_text(first), visible_text(second)
        if text[0] != text[1]:
            problems.append(f"{path}: the visible text differs:\n{unified(*text)}")
        else:
            markup = first.decode().splitlines(), second.decode().splitlines()
            problems.append(f"{path}: the same text, but the markup differs:\n{unified(*markup)}")
    return problems


def pages(folder: Path) -> dict[str, bytes]:
    return {path: (folder / path).read_bytes() for path in files(folder) if path.endswith(".html")}


def test_each_build_names_its_generator_and_holds_both_languages(site_dir, properdocs_site_dir):
    """Otherwise the comparison below could compare MkDocs with itself, or one language only."""
    material = f"mkdocs-material-{version('mkdocs-material')}"
    for folder, expected in ((site_dir, f"mkdocs-{version('mkdocs')}, {material}"),
                             (properdocs_site_dir, f"mkdocs-ProperDocs {version('properdocs')}, {material}")):
        html = pages(folder)
        generators = {name.decode() for page in html.values() for name in GENERATOR.findall(page)}
        assert generators == {expected}, f"{folder}: built by {generators}, not {expected!r}"
        languages = {LANGUAGE.search(page).group(1).decode() for page in html.values() if LANGUAGE.search(page)}
        assert languages == LANGUAGES, f"{folder}: pages in {languages}, not in {LANGUAGES}"


def test_properdocs_builds_the_same_site_as_mkdocs(site_dir, properdocs_site_dir):
    problems = differences(site_dir, properdocs_site_dir)
    assert not problems, (
        f"ProperDocs {version('properdocs')} no longer builds the site that MkDocs builds, so the exit from "
        f"MkDocs is closing ({len(problems)} files differ; see CONTRIBUTING.md, \"Les vérifications et leurs "
        f"messages\"):\n"
        + "\n".join(problems[:SHOWN]) + ("\n..." if len(problems) > SHOWN else ""))


PAGE = ('<html lang="fr"><head><meta name="generator" content="{generator}"><title>T</title></head>'
        '<body><main><p class="{css}">{text}</p></main><script>var x = 1;</script></body></html>')


def test_the_comparison_reports_every_kind_of_difference(tmp_path):
    """A test that cannot fail would keep the exit open on paper only."""
    sites = {}
    for name, generator, variants in (
            ("mkdocs", "mkdocs-1.6.1", {"text": ("a", "Texte"), "markup": ("a", "Texte"), "same": ("a", "Texte")}),
            ("properdocs", "mkdocs-ProperDocs 1.6.7",
             {"text": ("a", "Autre texte"), "markup": ("b", "Texte"), "same": ("a", "Texte")})):
        site = sites[name] = tmp_path / name
        for page, (css, text) in variants.items():
            (site / page).mkdir(parents=True)
            (site / page / "index.html").write_text(PAGE.format(generator=generator, css=css, text=text))
        (site / "sitemap.xml").write_text(name)
        (site / f"only-{name}.txt").write_text("")
    problems = differences(sites["mkdocs"], sites["properdocs"])
    assert [problem.splitlines()[0] for problem in problems] == [
        "only-mkdocs.txt: only in the MkDocs build",
        "only-properdocs.txt: only in the ProperDocs build",
        "markup/index.html: the same text, but the markup differs:",
        "sitemap.xml: the bytes differ",
        "text/index.html: the visible text differs:",
    ]
    assert "-Texte" in problems[-1] and "+Autre texte" in problems[-1]
