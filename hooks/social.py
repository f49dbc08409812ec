"""MkDocs adapter: each page's social card and link-preview tags, and its "Cite this page" box."""

from __future__ import annotations

import shutil
from pathlib import Path

from markupsafe import Markup

from factbase.pages import reviewed_note
from factbase.render import CARDS_FOLDER, CardCache, build_of, citation_box, preview_tags, shared_page
from factbase.text import absolute_url, url_prefix

CARDS_KEY = "social_cards"  # this build language's card cache, on the config (never a module global)

# Hooks


def on_config(config):
    config[CARDS_KEY] = CardCache(Path(config.config_file_path).parent / ".cache" / "cards")


def on_page_context(context, *, page, config, nav):
    build = build_of(config)
    parent = page.parent.title if page.parent else None
    shared = shared_page(
        language=build.language, site_name=config.site_name, site_description=config.site_description or "",
        title=page.title or "", url=page.canonical_url or absolute_url(config.site_url or "/", page.url),
        content=page.content or "", section=parent, insurer=bool(page.meta.get("insurer")),
        # static-i18n leaves page.is_homepage false on the English home page
        is_home=page.url == url_prefix(build.language))
    card = config[CARDS_KEY].file_for(shared.card)
    # The same card for two pages is copied once; the site folder starts empty at every build.
    target = Path(config.site_dir) / CARDS_FOLDER / card.name
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(card, target)
    image_url = absolute_url(config.site_url or "/", f"{CARDS_FOLDER}/{card.name}")
    context["social_meta"] = Markup(build.env.get_template("social-meta.html").render(
        tags=preview_tags(shared, image_url)))
    reviewed = reviewed_note(page.meta, build.language)
    if reviewed:
        context["page_cite"] = Markup(build.env.get_template("cite-page.html").render(
            **citation_box(shared, reviewed)))
    return context
