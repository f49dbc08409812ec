"""MkDocs adapter: absolute hreflang links and the one-click language switch on every page."""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from factbase import publish
from factbase.text import language_problem

# Hooks


def on_config(config):
    # factbase reads the languages from the checkout's mkdocs.yml; a build of another config file
    # must list the same ones.
    plugin = config.plugins.get("i18n")
    listed = [language.locale for language in plugin.config.languages] if plugin else []
    if problem := language_problem(listed, Path(config.config_file_path)):
        raise PluginError(problem)
    return config


def on_page_context(context, *, page, config, nav):
    # static-i18n (priority 50) has just set extra.alternate for this page, with relative links;
    # Material prints them as <link rel="alternate" hreflang>, which must be absolute.
    alternates = getattr(page.file, "alternates", None) or {}
    twins = publish.page_twins({language: file.url for language, file in alternates.items()})
    config.extra.alternate = publish.hreflang_links(config.site_url or "/", twins)
    context["page_twins"] = twins
    return context
