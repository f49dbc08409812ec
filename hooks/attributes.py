"""MkDocs adapter: descriptions that are safe inside an HTML attribute.

Material prints site_description and a page's `description:` into <meta content="..."> without
escaping (MkDocs' theme environment has no autoescape): a straight double quote broke the tag.
A page's description is wrapped as escaped Markup, which renders escaped there and unchanged in
templates that escape by themselves. site_description cannot be wrapped (static-i18n only accepts
a plain str when it swaps in the other language's value), so a straight quote in it stops the build.
"""

from __future__ import annotations

from markupsafe import escape
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

# Hooks


@event_priority(-150)  # after static-i18n's on_config (-100) has set this language's description
def on_config(config):
    if '"' in (config.site_description or ""):
        raise PluginError('mkdocs.yml: site_description contains a straight double quote ("), which Material '
                          "prints unescaped into <meta name=description>.\n    fix: use typographic quotes "
                          "(“…” in English, « … » in French)")


def on_page_context(context, *, page, config, nav):
    if page.meta.get("description"):
        page.meta["description"] = escape(page.meta["description"])
    return context
