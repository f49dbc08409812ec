"""MkDocs adapter: a 404 page per language, French at /404.html and English at /en/404.html.

Both language builds render Material's 404.html to site/404.html, so without this the last
language built (English) would win at the root.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from factbase.render import NOT_FOUND_TEMPLATE, build_of, not_found_context, not_found_path

# Hooks


def on_template_context(context, *, template_name, config):
    if template_name != NOT_FOUND_TEMPLATE:
        return context
    # Static templates are rendered before the pages, with the extra.alternate that the previous
    # language's last page left (hooks/language.py): a 404 has no twin address, so no hreflang.
    config.extra.alternate = []
    build = build_of(config)
    base_path = urlsplit(config.site_url or "/").path or "/"
    pages = [(item.title, item.url) for item in _top_pages(context["nav"])]
    context.update(not_found_context(build.env, build.language, base_path, pages))
    return context


def on_post_template(output, *, template_name, config):
    if template_name != NOT_FOUND_TEMPLATE:
        return output
    path = not_found_path(build_of(config).language)
    if path == NOT_FOUND_TEMPLATE:
        return output
    target = Path(config.site_dir) / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(output, encoding="utf-8")
    return ""  # MkDocs writes a static template only when its output is not blank


# Helpers


def _top_pages(nav):
    """The first page of each top-level nav entry: a short map of the site."""
    for item in nav.items:
        while item is not None and not item.is_page:
            item = next(iter(item.children or []), None)
        if item is not None:
            yield item
