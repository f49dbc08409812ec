"""The one-page printable sheet (fiche): the site's address, printed at its foot."""

from __future__ import annotations

import jinja2

from factbase.text.lang import url_prefix
from factbase.text.urls import absolute_url


def render_site_address(site_url: str, *, language: str, page_url: str, env: jinja2.Environment) -> str:
    """The home page and this page as absolute addresses, for [[generated:site-address]].

    A printed sheet cannot be clicked: the reader types what is printed, so the address is the
    public one (mkdocs.yml site_url), written out in full.
    """
    return env.get_template("site-address.html").render(
        language=language,
        home=absolute_url(site_url, url_prefix(language)),
        this_page=absolute_url(site_url, page_url),
    )
