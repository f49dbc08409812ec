"""Redirect pages at old addresses (data/redirects.yaml), the same in every language.

mkdocs-redirects is not used: under static-i18n it writes wrong targets and no per-language pages
(see tooling.md). One record here gives one small HTML page per language.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import jinja2

from factbase.data.problems import DataError, Problem
from factbase.data.schema import load_schema, schema_problems
from factbase.data.yamlfile import load_yaml
from factbase.text.lang import url_prefix
from factbase.text.urls import absolute_url, relative_url

# Keeps the reader's #anchor, which a meta refresh drops; a file, so that a strict CSP allows it.
REDIRECT_SCRIPT = "assets/javascripts/redirect.js"


@dataclass(frozen=True)
class Redirect:
    source: str  # old address without the language prefix: "ancienne-page/"
    target: str  # "nouvelle-page/#ancre"; "" is the home page
    date: str
    line: int | None

    @property
    def target_page(self) -> str:
        return self.target.partition("#")[0]


@dataclass(frozen=True)
class RedirectPage:
    dest_uri: str  # "en/ancienne-page/index.html"
    html: str


def load_redirects(data_dir: Path, display_dir: str = "data") -> list[Redirect]:
    """Load and validate data/redirects.yaml; raise DataError listing every problem."""
    display = f"{display_dir}/redirects.yaml"
    document = load_yaml(data_dir / "redirects.yaml", display)
    problems = schema_problems(document, load_schema(data_dir / "redirects.schema.json"), record_key="from")
    if problems:
        raise DataError(problems)
    redirects: list[Redirect] = []
    seen: dict[str, int | None] = {}
    for index, record in enumerate(document.data["redirects"]):
        line = document.line_of(("redirects", index))
        redirect = Redirect(record["from"], record["to"], record["date"], line)
        if redirect.source in seen:
            problems.append(Problem(display, f"{redirect.source!r} is redirected twice (first at line "
                                    f"{seen[redirect.source]})", "keep one record per old address",
                                    line=line, record=redirect.source, field="from"))
        seen[redirect.source] = line
        redirects.append(redirect)
    for redirect in redirects:
        if redirect.target_page in seen:
            problems.append(Problem(display, f"{redirect.target_page!r} is itself an old address",
                                    "point 'to' at the page the reader should land on, not at another redirect",
                                    line=redirect.line, record=redirect.source, field="to"))
    if problems:
        raise DataError(problems)
    return redirects


def redirect_problems(redirects: list[Redirect], page_urls: set[str], language: str,
                      display: str = "data/redirects.yaml") -> list[Problem]:
    """An old address must no longer be a page, and the new one must be a page, in this language."""
    prefix = url_prefix(language)
    problems = []
    for redirect in redirects:
        if prefix + redirect.source in page_urls:
            problems.append(Problem(display, f"/{prefix}{redirect.source} is still a page of the site",
                                    "remove the record, or rename the page", line=redirect.line,
                                    record=redirect.source, field="from"))
        if prefix + redirect.target_page not in page_urls:
            problems.append(Problem(display, f"/{prefix}{redirect.target_page} is not a page of the site",
                                    "point 'to' at an existing page (its address without en/, ending with /)",
                                    line=redirect.line, record=redirect.source, field="to"))
    return problems


def redirect_pages(redirects: list[Redirect], language: str, site_url: str,
                   env: jinja2.Environment) -> list[RedirectPage]:
    prefix = url_prefix(language)
    template = env.get_template("redirect.html")
    pages = []
    for redirect in redirects:
        old, new = prefix + redirect.source, prefix + redirect.target
        html = template.render(language=language, href=relative_url(new, old),
                               # the new page, without the anchor: a canonical URL names a page
                               canonical=absolute_url(site_url, prefix + redirect.target_page),
                               shown=absolute_url(site_url, new),
                               script_href=relative_url(REDIRECT_SCRIPT, old))
        pages.append(RedirectPage(old + "index.html", html))
    return pages
