"""MkDocs adapter: what assets/javascripts/page-links.js reads from its <script> tag (main.html):
its labels in the build language and the address of the insurer lookup (factbase/render/page_links.py)."""

from __future__ import annotations

from factbase.render import page_links_data
from factbase.text import build_language

# Hooks


def on_env(env, *, config, files):
    env.globals["vm_page_links"] = page_links_data(build_language(config))
    return env
