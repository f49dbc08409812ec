"""MkDocs adapter: what assets/javascripts/site.js reads from its <script> tag (main.html): its
labels in the build language and the address of the insurer lookup (factbase/render/site_script.py)."""

from __future__ import annotations

from factbase.render import site_script_data
from factbase.text import build_language

# Hooks


def on_env(env, *, config, files):
    env.globals["vm_site_script"] = site_script_data(build_language(config))
    return env
