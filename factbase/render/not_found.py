"""The 404 page of each language: where it is written and what it offers the lost reader."""

from __future__ import annotations

import jinja2

from factbase.text.lang import LANGUAGES, url_prefix
from factbase.text.localized import label

NOT_FOUND_TEMPLATE = "404.html"


def not_found_path(language: str) -> str:
    """Site-relative path of the language's 404 page: 404.html, en/404.html."""
    return url_prefix(language) + NOT_FOUND_TEMPLATE


def not_found_context(env: jinja2.Environment, language: str, base_path: str,
                      pages: list[tuple[str, str]]) -> dict:
    """Template variables for overrides/404.html.

    A 404 page is served at any address, so every link is absolute (``base_path`` is the path of
    site_url, "/" in production). ``pages`` are (title, site-relative URL) of the nav's top entries.
    """
    others = [other for other in LANGUAGES if other != language]
    html = env.get_template("not-found.html").render(
        language=language,
        home_href=base_path + url_prefix(language),
        pages=[(title, base_path + url) for title, url in pages],
        other_sites=[(other, base_path + url_prefix(other)) for other in others],
    )
    # No header language switch: Material shows it only with hreflang links, which a 404 must not
    # have. The page links to the other language's home page in its content instead.
    return {
        "not_found_title": label(language, "not_found.title"),
        "not_found_html": html,
    }
