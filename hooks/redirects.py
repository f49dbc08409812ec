"""MkDocs adapter: a redirect page at every old address of data/redirects.yaml, in each language."""

from __future__ import annotations

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from factbase.data import DataError, load_redirects, raise_if_any, redirect_pages, redirect_problems
from factbase.render import build_of

# Hooks


@event_priority(-200)  # after static-i18n's on_files (-100) has kept this language's pages
def on_files(files, *, config):
    build = build_of(config)
    page_urls = {_site_path(file.url) for file in files.documentation_pages()}
    try:
        redirects = load_redirects(build.model.data_dir)
        raise_if_any(redirect_problems(redirects, page_urls, build.language))
    except DataError as error:
        raise PluginError(str(error)) from None
    for page in redirect_pages(redirects, build.language, config.site_url or "/", build.env):
        files.append(File.generated(config, page.dest_uri, content=page.html))
    return files


# Helpers


def _site_path(url: str) -> str:
    return "" if url in (".", "./") else url
