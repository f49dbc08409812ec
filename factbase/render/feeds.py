"""One Atom feed per language, built from data/updates.yaml (mkdocs-rss-plugin mixes the
languages under static-i18n and fails --strict, so the feed is a template of our own)."""

from __future__ import annotations

import uuid

import jinja2

from factbase.data.updates import Update
from factbase.text.lang import url_prefix
from factbase.text.localized import label
from factbase.text.urls import UPDATES_PAGE, absolute_url, site_page_url

# Entry ids derive from this name and the update's id, so they never change, whatever the
# site's address becomes.
FEED_NAMESPACE = "https://github.com/fuite-tiers-payant/site/data/updates.yaml"


def feed_path(language: str) -> str:
    """Where the feed of ``language`` is published: feed.xml, en/feed.xml."""
    return f"{url_prefix(language)}feed.xml"


def stable_id(*parts: str) -> str:
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, '/'.join((FEED_NAMESPACE, *parts)))}"


def _timestamp(date: str) -> str:
    return f"{date}T00:00:00Z"


def render_feed(updates: tuple[Update, ...], *, language: str, site_url: str, site_name: str,
                rights: str, env: jinja2.Environment) -> str:
    """The feed's XML; ``updates`` newest first. The feed's date is its newest entry's."""
    page = absolute_url(site_url, site_page_url(UPDATES_PAGE, language))
    entries = [{
        "id": stable_id(language, update.id),
        "title": update.title.get(language),
        "url": f"{page}#{update.id}",
        "updated": _timestamp(update.date),
        "kind": update.kind,
        "kind_label": label(language, f"updates.kind.{update.kind}"),
        "text": update.text.get(language),
    } for update in updates]
    feed = {
        "id": stable_id(language),
        "title": f"{label(language, 'feed.title')} — {site_name}",
        "self_url": absolute_url(site_url, feed_path(language)),
        "page_url": page,
        "home_url": absolute_url(site_url, url_prefix(language)),
        "updated": max((entry["updated"] for entry in entries), default="1970-01-01T00:00:00Z"),
        "author": site_name,
        "rights": rights,
    }
    return env.get_template("atom-feed.html").render(feed=feed, entries=entries, language=language) + "\n"
